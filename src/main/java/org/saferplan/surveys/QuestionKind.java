package org.saferplan.surveys;

/** The kinds of question: one answer from a response scale, any number of answers from a list, or yes/no. */
enum QuestionKind {
    SINGLE("Single choice (a response scale)"),
    MULTIPLE("Multiple choice (choose all that apply)"),
    YES_NO("Yes or no");

    private final String label;

    QuestionKind(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
