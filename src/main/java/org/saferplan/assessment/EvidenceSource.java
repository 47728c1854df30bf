package org.saferplan.assessment;

import java.util.List;
import java.util.Map;

/**
 * A source of evidence for the themes of a strategic assessment. The assessment module owns this interface and its
 * implementations (crime, plan, manual items); sources for other modules' data (surveys, partner indicators) are
 * added here as those modules offer public services, so the arrow always points from assessment to them.
 */
public interface EvidenceSource {

    /** Evidence for each theme of the assessment, by theme id; themes the source knows nothing about are absent. */
    Map<Long, List<Evidence>> evidence(Subject subject);

    /** The assessment asking: its partnership, year and themes. */
    record Subject(long partnershipId, String partnershipSlug, long assessmentId, int year, List<Topic> themes) {

        public Subject {
            themes = List.copyOf(themes);
        }
    }

    /**
     * A theme under assessment; {@code crimeTypes} are police.uk crime type strings and {@code datasetIds} partner
     * datasets of the evidence module (either may be empty).
     */
    record Topic(long id, String title, List<String> crimeTypes, List<Long> datasetIds) {

        public Topic {
            crimeTypes = List.copyOf(crimeTypes);
            datasetIds = List.copyOf(datasetIds);
        }
    }

    /**
     * One piece of evidence, as the ranked list shows it.
     *
     * @param kind what sort of evidence: Crime, Plan, Objective, Manual, Survey, Partner indicator
     * @param period the period or date it covers, as text ("" when none)
     * @param link a link to more ("" when none)
     * @param signals figures a scoring rule may use
     */
    record Evidence(String kind, String text, String source, String period, String link, List<Signal> signals) {

        public Evidence {
            signals = List.copyOf(signals);
        }
    }

    /**
     * A figure a scoring rule uses. For the rules that compare themes (VOLUME, HARM, CONCERN) {@code value} is the
     * figure and {@code score} is null; a rule that scores one theme on its own (TREND) gives the score.
     *
     * @param rule the rule the figure is for: VOLUME, TREND, HARM or CONCERN
     * @param basis the figure in words, e.g. "12.3 crimes per 1,000 residents"
     */
    record Signal(String rule, double value, Integer score, String basis) {}
}
