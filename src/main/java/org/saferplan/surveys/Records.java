package org.saferplan.surveys;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The records of the surveys module, as read from its tables. */
final class Records {

    private Records() {}

    /** A survey the partnership ran, or an external one it cites ({@code external}). */
    record Survey(
            long id,
            long partnershipId,
            String name,
            boolean external,
            String source,
            String coverage,
            String description,
            String link) {}

    /** One round of a survey; {@code illustrative} marks demo data that is not real. */
    record Wave(
            long id,
            long surveyId,
            String label,
            LocalDate publishedOn,
            LocalDate fieldworkFrom,
            LocalDate fieldworkTo,
            String method,
            int sampleSize,
            boolean illustrative) {

        String fieldwork() {
            if (fieldworkFrom == null && fieldworkTo == null) {
                return "Not stated";
            }
            if (fieldworkFrom == null || fieldworkTo == null || fieldworkFrom.equals(fieldworkTo)) {
                return Views.date(fieldworkFrom == null ? fieldworkTo : fieldworkFrom);
            }
            return Views.date(fieldworkFrom) + " to " + Views.date(fieldworkTo);
        }
    }

    /** A category of a question's scale; excluded categories (don't know) are not valid answers. */
    record Category(long id, long questionId, String label, boolean excluded, int position) {}

    record Question(
            long id,
            long surveyId,
            String code,
            String text,
            QuestionKind kind,
            int position,
            List<Category> categories) {

        Question {
            categories = List.copyOf(categories);
        }

        Category category(long categoryId) {
            return categories.stream()
                    .filter(c -> c.id() == categoryId)
                    .findFirst()
                    .orElse(null);
        }
    }

    /** The chosen categories of a question over its valid answers, e.g. "% feeling very or fairly safe". */
    record Result(long id, long surveyId, long questionId, String name, Boolean higherIsBetter, Set<Long> categoryIds) {

        Result {
            categoryIds = Set.copyOf(categoryIds);
        }
    }

    record Finding(long id, long waveId, String text, int position) {}

    /** A published percentage of a result for a wave, with the base the report gives. */
    record PublishedResult(long waveId, long resultId, double percent, int base, String note) {}

    /** Summary entry of a question for a wave: the base and each category's percentage (and count, if given). */
    record Summary(long waveId, long questionId, int base, String note, List<SummaryCategory> categories) {}

    record SummaryCategory(long categoryId, double percent, Integer count) {}

    /** A respondent's row: weight (1 when the file had none), area, age band, sex, and the categories chosen. */
    record Respondent(int row, Double weight, String areaCode, String ageBand, String sex, Set<Long> categoryIds) {}

    enum PlanKind {
        THEME,
        ACTIVITY
    }

    /** "You said, we did": a finding or a category (the concern) answered by a plan theme or activity. */
    record ResponseLink(long id, long surveyId, Long findingId, Long categoryId, PlanKind planKind, UUID planKey) {}
}
