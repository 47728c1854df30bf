package org.saferplan.plan.web;

/** The form that creates a plan. Years are kept as typed so a bad one is reported, not rejected by binding. */
public record PlanForm(String title, String firstYear, String lastYear) {

    public static PlanForm blank() {
        return new PlanForm("", "", "");
    }
}
