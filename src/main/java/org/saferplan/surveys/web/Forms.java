package org.saferplan.surveys.web;

/** The forms of the survey pages, as typed (validated by the surveys service before anything is stored). */
public final class Forms {

    private Forms() {}

    public record SurveyForm(
            String name, String external, String source, String coverage, String description, String link) {

        public static SurveyForm blank() {
            return new SurveyForm("", "no", "", "", "", "");
        }
    }

    public record WaveForm(
            String label,
            String publishedOn,
            String fieldworkFrom,
            String fieldworkTo,
            String method,
            String sampleSize) {

        public static WaveForm blank() {
            return new WaveForm("", "", "", "", "", "");
        }
    }

    public record QuestionForm(String code, String text, String kind, String categories, String excluded) {

        public static QuestionForm blank() {
            return new QuestionForm("", "", "SINGLE", "", "");
        }
    }

    public record ResultForm(String name, String questionId, String categories, String better) {

        public static ResultForm blank() {
            return new ResultForm("", "", "", "");
        }
    }

    public record FindingForm(String waveId, String text) {

        public static FindingForm blank() {
            return new FindingForm("", "");
        }
    }

    public record PublishedForm(String waveId, String resultId, String percent, String base, String note) {

        public static PublishedForm blank() {
            return new PublishedForm("", "", "", "", "");
        }
    }

    public record LinkForm(String concern, String planItem) {

        public static LinkForm blank() {
            return new LinkForm("", "");
        }
    }
}
