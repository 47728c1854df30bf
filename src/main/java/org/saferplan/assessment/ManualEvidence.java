package org.saferplan.assessment;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Evidence an analyst attached by hand (survey findings, partner figures, reports), until those modules' data can
 * be read directly: text, source, date and link, as entered.
 */
@Component
@Order(3)
class ManualEvidence implements EvidenceSource {

    static final String KIND = "Entered by an analyst";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final AssessmentRepository repository;

    ManualEvidence(AssessmentRepository repository) {
        this.repository = repository;
    }

    @Override
    public Map<Long, List<Evidence>> evidence(Subject subject) {
        var found = new LinkedHashMap<Long, List<Evidence>>();
        for (var item : repository.manualItems(subject.assessmentId())) {
            found.computeIfAbsent(item.themeId(), k -> new ArrayList<>())
                    .add(new Evidence(
                            KIND,
                            item.text(),
                            item.source(),
                            item.date() == null ? "" : DATE.format(item.date()),
                            item.link(),
                            List.of()));
        }
        return found;
    }
}
