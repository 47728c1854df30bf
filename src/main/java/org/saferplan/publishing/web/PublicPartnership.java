package org.saferplan.publishing.web;

/** A partnership on the public site, with the addresses of its public pages. */
public record PublicPartnership(String slug, String name) {

    public String href() {
        return "/public/" + slug;
    }

    public String planHref() {
        return href() + "/plan";
    }

    public String versionsHref() {
        return href() + "/plan/versions";
    }

    public String versionHref(String versionSlug) {
        return href() + "/plan/" + versionSlug;
    }

    public String statisticsHref() {
        return href() + "/statistics";
    }

    public String openDataHref() {
        return href() + "/open-data";
    }
}
