package org.saferplan.surveys;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The surveys JSON API: a partnership's surveys with their waves, one survey's results (estimates with 95%
 * intervals, changes between waves, breakdowns with small cells hidden, concerns ranked, findings), the survey
 * evidence for the strategic assessment and "you said, we did" against the current plan.
 */
@RestController
class SurveyApiController {

    private final SurveyPages pages;
    private final SurveyRepository repository;
    private final SurveyEvidence evidence;
    private final YouSaidWeDid youSaidWeDid;

    SurveyApiController(
            SurveyPages pages, SurveyRepository repository, SurveyEvidence evidence, YouSaidWeDid youSaidWeDid) {
        this.pages = pages;
        this.repository = repository;
        this.evidence = evidence;
        this.youSaidWeDid = youSaidWeDid;
    }

    @GetMapping("/api/v1/partnerships/{slug}/surveys")
    List<SurveyJson.SurveyJsonRow> surveys(@PathVariable String slug) {
        var partnership = pages.partnership(slug);
        return repository.surveys(partnership.id()).stream()
                .map(s -> SurveyJson.survey(s, repository.waves(s.id())))
                .toList();
    }

    @GetMapping("/api/v1/partnerships/{slug}/surveys/{id}/results")
    SurveyJson.ResultsJson results(@PathVariable String slug, @PathVariable long id) {
        return SurveyJson.results(pages.report(pages.partnership(slug), id));
    }

    @GetMapping("/api/v1/partnerships/{slug}/surveys/evidence")
    List<SurveyEvidence.Item> evidence(@PathVariable String slug) {
        return evidence.items(pages.partnership(slug).id());
    }

    @GetMapping("/api/v1/partnerships/{slug}/surveys/you-said-we-did")
    YouSaidWeDid.Answers youSaidWeDid(@PathVariable String slug) {
        return youSaidWeDid.current(pages.partnership(slug).id()).orElse(new YouSaidWeDid.Answers(null, List.of()));
    }
}
