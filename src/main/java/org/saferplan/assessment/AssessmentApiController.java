package org.saferplan.assessment;

import java.time.Instant;
import java.util.List;
import org.saferplan.assessment.web.PlanChange;
import org.saferplan.assessment.web.Ranking;
import org.saferplan.governance.Partnerships;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The assessment part of the JSON API, read-only. The security module lets members of the partnership read
 * {@code /api/v1/partnerships/{slug}/**}; an assessment id from another partnership is not found.
 */
@RestController
class AssessmentApiController {

    private final Partnerships partnerships;
    private final Assessments assessments;

    AssessmentApiController(Partnerships partnerships, Assessments assessments) {
        this.partnerships = partnerships;
        this.assessments = assessments;
    }

    record AssessmentJson(
            long id,
            int year,
            String title,
            String status,
            String matrix,
            String agreedBy,
            Instant agreedAt,
            String href) {}

    record AssessmentDetailJson(AssessmentJson assessment, Ranking ranking, PlanChange planChange) {}

    @GetMapping("/api/v1/partnerships/{slug}/assessments")
    List<AssessmentJson> list(@PathVariable String slug) {
        var partnership = partnerships.findBySlug(slug).orElseThrow(Assessments::notFound);
        return assessments.all(partnership.id()).stream()
                .map(a -> json(slug, a))
                .toList();
    }

    @GetMapping("/api/v1/partnerships/{slug}/assessments/{id}")
    AssessmentDetailJson one(@PathVariable String slug, @PathVariable long id) {
        var partnership = partnerships.findBySlug(slug).orElseThrow(Assessments::notFound);
        var assessment = assessments.byId(partnership.id(), id);
        return new AssessmentDetailJson(
                json(slug, assessment),
                assessments.ranking(partnership.id(), slug, assessment),
                assessments.planChange(assessment).orElse(null));
    }

    private static AssessmentJson json(String slug, Assessment a) {
        return new AssessmentJson(
                a.id(),
                a.year(),
                a.title(),
                a.status(),
                a.matrix().name(),
                a.agreedBy(),
                a.agreedAt(),
                Views.href(slug, a.year()));
    }
}
