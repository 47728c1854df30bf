package org.saferplan.governance;

/** A change the governance rules refuse whatever was typed, such as changing the decisions of a held meeting. */
public class GovernanceRuleException extends RuntimeException {

    public GovernanceRuleException(String message) {
        super(message);
    }
}
