package org.saferplan.plan.web;

/** The form that adds or edits a measure; numbers as typed. */
public record MeasureForm(
        String text,
        String direction,
        String baselineValue,
        String baselineText,
        String targetValue,
        String howMeasured,
        String position) {

    public static MeasureForm blank() {
        return new MeasureForm("", "NEUTRAL", "", "", "", "", "");
    }
}
