package org.saferplan.governance.web;

/** The form that records a decision; {@code agendaItemId} empty for none. */
public record DecisionForm(String text, String agendaItemId) {

    public static DecisionForm blank() {
        return new DecisionForm("", "");
    }
}
