package org.saferplan.web;

/** A link in the service navigation. */
public record NavLink(String text, String href) {

    /** Whether this link is the current page's section: the home link only on the home page itself. */
    public boolean activeFor(String path) {
        if ("/".equals(href)) {
            return "/".equals(path);
        }
        return path.equals(href) || path.startsWith(href + "/");
    }
}
