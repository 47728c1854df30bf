package org.saferplan;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.test.web.servlet.MvcResult;

/** Helpers for view tests. Sign requests in with {@code org.saferplan.security.TestUsers.as}. */
public final class Pages {

    private Pages() {}

    public static Document html(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
