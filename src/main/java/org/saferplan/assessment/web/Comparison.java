package org.saferplan.assessment.web;

import java.util.List;

/**
 * What changed between two rankings of the same partnership's themes (matched by title): rank moves, score changes
 * and evidence that is new.
 *
 * @param from what the comparison starts from, e.g. "Strategic Assessment 2021 (agreed)"
 * @param to what it compares with it
 */
public record Comparison(String from, String to, List<Change> changes) {

    public Comparison {
        changes = List.copyOf(changes);
    }

    public boolean anyChange() {
        return changes.stream().anyMatch(Change::changed);
    }

    /**
     * One theme: its rank and total before and after (null where it was not in that ranking).
     *
     * @param scoreChanges e.g. "Trend 3 → 4"
     * @param newEvidence evidence items in the later ranking that the earlier did not have
     */
    public record Change(
            String title,
            Integer rankBefore,
            Integer rankAfter,
            String totalBefore,
            String totalAfter,
            List<String> scoreChanges,
            List<String> newEvidence) {

        public Change {
            scoreChanges = List.copyOf(scoreChanges);
            newEvidence = List.copyOf(newEvidence);
        }

        public boolean changed() {
            return !java.util.Objects.equals(rankBefore, rankAfter)
                    || !scoreChanges.isEmpty()
                    || !newEvidence.isEmpty();
        }

        /** The rank move in words: "up 2", "down 1", "new", "no longer assessed" or "unchanged". */
        public String move() {
            if (rankBefore == null) {
                return "new";
            }
            if (rankAfter == null) {
                return "no longer assessed";
            }
            int by = rankBefore - rankAfter;
            return by > 0 ? "up " + by : by < 0 ? "down " + (-by) : "unchanged";
        }
    }
}
