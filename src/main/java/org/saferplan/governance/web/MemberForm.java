package org.saferplan.governance.web;

/**
 * The form that adds or edits a group member; dates as typed (YYYY-MM-DD), {@code electedMember} "true" when
 * ticked, {@code organisationId} empty for none.
 */
public record MemberForm(
        String personName, String organisationId, String role, String electedMember, String fromDate, String toDate) {

    public static MemberForm blank() {
        return new MemberForm("", "", "Member", null, "", "");
    }

    public boolean elected() {
        return "true".equals(electedMember);
    }
}
