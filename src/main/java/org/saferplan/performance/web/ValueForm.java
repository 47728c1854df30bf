package org.saferplan.performance.web;

/** One value entered on the page. */
public record ValueForm(String period, String value, String note) {

    public static ValueForm blank() {
        return new ValueForm("", "", "");
    }
}
