package org.saferplan.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.saferplan.plan.PlanLookup;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Plan evidence: whether the theme is already in the partnership's current Community Safety Plan (from the plan
 * module), and the police and crime plan objectives the analyst aligned it with (entered per assessment).
 */
@Component
@Order(2)
class PlanEvidence implements EvidenceSource {

    private static final Map<String, String> KINDS = Map.of(
            "PRIORITY",
            "a priority",
            "MONITORED",
            "a monitored theme",
            "CROSS_CUTTING",
            "a cross-cutting theme",
            "LINKED_STRATEGY",
            "a linked strategy");

    private final PlanLookup plan;
    private final AssessmentRepository repository;

    PlanEvidence(PlanLookup plan, AssessmentRepository repository) {
        this.plan = plan;
        this.repository = repository;
    }

    @Override
    public Map<Long, List<Evidence>> evidence(Subject subject) {
        var found = new LinkedHashMap<Long, List<Evidence>>();
        var themes = new HashMap<String, PlanLookup.ThemeRef>();
        var version = plan.currentVersion(subject.partnershipId());
        version.ifPresent(v ->
                plan.themes(subject.partnershipId(), v.id()).forEach(t -> themes.putIfAbsent(key(t.title()), t)));
        var objectives = new HashMap<Long, String>();
        repository.objectives(subject.assessmentId()).forEach(o -> objectives.put(o.id(), o.text()));
        var alignments = repository.alignments(subject.assessmentId());
        for (var topic : subject.themes()) {
            var items = new ArrayList<Evidence>();
            var match = themes.get(key(topic.title()));
            if (version.isPresent() && match != null) {
                var v = version.get();
                items.add(new Evidence(
                        "Plan",
                        "In the current plan as "
                                + KINDS.getOrDefault(match.kind(), match.kind().toLowerCase(Locale.ROOT)) + ".",
                        v.planTitle() + ", " + v.label(),
                        "",
                        "/partnerships/" + subject.partnershipSlug() + "/plan",
                        List.of()));
            }
            for (var objective : alignments.getOrDefault(topic.id(), List.of())) {
                items.add(new Evidence(
                        "Policing objective", objectives.get(objective), "Police and crime plan", "", "", List.of()));
            }
            if (!items.isEmpty()) {
                found.put(topic.id(), items);
            }
        }
        return found;
    }

    static String key(String title) {
        return title.strip().toLowerCase(Locale.ROOT);
    }
}
