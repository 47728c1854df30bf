package org.saferplan.governance.web;

/** The form that adds an agenda item; an empty position puts it at the end. */
public record AgendaItemForm(String text, String position) {

    public static AgendaItemForm blank() {
        return new AgendaItemForm("", "");
    }
}
