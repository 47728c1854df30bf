package org.saferplan.plan;

/**
 * A change the plan's rules refuse whatever was entered: approving a version that is not a draft, editing one that
 * is approved or published, a second draft. The message is for the person who tried.
 */
class PlanRuleException extends RuntimeException {

    PlanRuleException(String message) {
        super(message);
    }
}
