package org.saferplan.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.saferplan.surveys.SurveyEvidence;
import org.saferplan.surveys.YouSaidWeDid;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Survey evidence from the surveys module: the concerns and findings the partnership linked to a plan theme
 * ("you said, we did"), given to the assessment theme of the same title. A ranked concern carries its share of
 * respondents with the 95% Wilson interval (surveys' {@code SurveyEvidence}) and is the public concern rule's figure;
 * a finding is quoted as written.
 */
@Component
@Order(5)
class SurveyConcerns implements EvidenceSource {

    static final String KIND = "Survey";

    private final YouSaidWeDid youSaid;
    private final SurveyEvidence surveys;

    SurveyConcerns(YouSaidWeDid youSaid, SurveyEvidence surveys) {
        this.youSaid = youSaid;
        this.surveys = surveys;
    }

    @Override
    public Map<Long, List<Evidence>> evidence(Subject subject) {
        var found = new LinkedHashMap<Long, List<Evidence>>();
        var answers = youSaid.current(subject.partnershipId());
        if (answers.isEmpty()) {
            return found;
        }
        var items = surveys.items(subject.partnershipId());
        for (var concern : answers.get().concerns()) {
            for (var topic : subject.themes()) {
                boolean linked = concern.answeredBy().stream()
                        .anyMatch(item -> !"Activity".equals(item.kind())
                                && PlanEvidence.key(item.title()).equals(PlanEvidence.key(topic.title())));
                if (!linked) {
                    continue;
                }
                var ranked = items.stream()
                        .filter(i -> i.kind() == SurveyEvidence.Kind.CONCERN
                                && i.surveyId() == concern.surveyId()
                                && i.wave().equals(concern.wave())
                                && i.text().equals(concern.said())
                                && i.percent() != null)
                        .findFirst();
                var list = found.computeIfAbsent(topic.id(), k -> new ArrayList<>());
                if (ranked.isPresent()) {
                    var item = ranked.get();
                    var share = String.format(
                            Locale.UK,
                            "%.0f%% of respondents named %s among their concerns (95%%"
                                    + " interval %.0f%% to %.0f%%), ranked %d",
                            item.percent(),
                            item.text().toLowerCase(Locale.UK),
                            item.lower(),
                            item.upper(),
                            item.rank());
                    list.add(new Evidence(
                            KIND,
                            share + ".",
                            item.citation(),
                            concern.wave(),
                            "",
                            List.of(new Signal("CONCERN", item.percent(), null, share))));
                } else {
                    list.add(new Evidence(
                            KIND,
                            concern.said(),
                            concern.survey() + (concern.illustrative() ? " [illustrative]" : ""),
                            concern.wave(),
                            "",
                            List.of()));
                }
            }
        }
        return found;
    }
}
