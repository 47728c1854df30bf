package org.saferplan.surveys;

import org.saferplan.performance.IndicatorFeed;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends every wave's estimate of a result to a performance indicator (source: survey result, unit: percentage) in
 * one transaction, so either every value is stored or none. Each value's note carries its interval and base.
 */
@Component
class ResultFeed {

    private final IndicatorFeed feed;

    ResultFeed(IndicatorFeed feed) {
        this.feed = feed;
    }

    @Transactional
    void send(long partnershipId, Records.Survey survey, SurveyReports.ResultReport result, long indicatorId) {
        for (var e : result.estimates()) {
            var note = survey.name() + ", " + e.wave().label() + ": 95% interval "
                    + Views.interval(e.estimate().interval()) + ", base " + Views.whole(e.estimate().n())
                    + (e.wave().illustrative() ? " (illustrative)" : "");
            feed.feed(partnershipId, indicatorId, e.wave().publishedOn(), 100 * e.estimate().proportion(),
                    note.length() > 300 ? note.substring(0, 300) : note);
        }
    }
}
