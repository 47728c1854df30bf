package org.saferplan.governance.web;

/** The form that adds or edits a group; every field as typed. {@code parentId} is empty for none. */
public record GroupForm(String name, String kind, String parentId, String termsOfReference) {

    public static GroupForm blank() {
        return new GroupForm("", "PCG", "", "");
    }
}
