package org.saferplan.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Everything the public can fetch about one partnership without signing in: every page, download and PDF linked
 * from its public pages (followed from {@code /public/{slug}}), and every public API endpoint. Each as text.
 */
final class PublicSurface {

    private PublicSurface() {}

    static Map<String, String> of(MockMvc mvc, String slug) throws Exception {
        var found = new LinkedHashMap<String, String>();
        var queue = new ArrayDeque<String>();
        queue.add("/public/" + slug);
        var api = "/api/v1/public/partnerships/" + slug;
        queue.addAll(List.of(api + "/plan", api + "/plan/versions", api + "/measures", api + "/statistics"));
        while (!queue.isEmpty()) {
            var path = queue.poll();
            if (found.containsKey(path)) {
                continue;
            }
            var response = mvc.perform(get(path)).andReturn().getResponse();
            if (response.getStatus() == 404 && path.startsWith(api + "/statistics")) {
                found.put(path, "");
                continue;
            }
            assertThat(response.getStatus()).as(path).isEqualTo(200);
            var type = String.valueOf(response.getContentType());
            if (type.startsWith("application/pdf")) {
                found.put(path, PdfChecks.text(response.getContentAsByteArray()));
            } else if (type.startsWith("text/html")) {
                var page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
                found.put(path, page.text());
                for (var href : page.select("a[href]").eachAttr("href")) {
                    if (href.startsWith("/public/" + slug) || href.startsWith(api)) {
                        queue.add(URI.create(href).getPath());
                    }
                }
            } else {
                var body = response.getContentAsString(StandardCharsets.UTF_8);
                found.put(path, body);
                if (path.endsWith("/plan/versions")) {
                    for (var m : java.util.regex.Pattern.compile("\"slug\":\"([^\"]+)\"")
                            .matcher(body)
                            .results()
                            .toList()) {
                        if (!m.group(1).equals(slug)) {
                            queue.add(api + "/plan/versions/" + m.group(1));
                        }
                    }
                }
            }
        }
        return found;
    }
}
