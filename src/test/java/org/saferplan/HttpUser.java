package org.saferplan;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A person using SaferPlan over real HTTP, with a cookie jar: for what MockMvc cannot show (error pages rendered by
 * the servlet container, sessions shared between two servers). Forms send the CSRF token of the last page read.
 */
public final class HttpUser {

    private static final String HTML = "text/html,application/xhtml+xml";

    private final HttpClient client;
    private String baseUrl;
    private String csrfToken = "";

    public HttpUser(String baseUrl) {
        this.baseUrl = baseUrl;
        this.client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Carries on with the same cookies on another server (another SaferPlan node). */
    public HttpUser on(String otherBaseUrl) {
        this.baseUrl = otherBaseUrl;
        return this;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        var response = client.send(
                HttpRequest.newBuilder(URI.create(baseUrl + path))
                        .header("Accept", HTML)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        rememberCsrf(response.body());
        return response;
    }

    public HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
        var fields = new LinkedHashMap<>(form);
        fields.putIfAbsent("_csrf", csrfToken);
        var body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        var response = client.send(
                HttpRequest.newBuilder(URI.create(baseUrl + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", HTML)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        rememberCsrf(response.body());
        return response;
    }

    /** Signs in through the real form; returns the redirect's target. */
    public String signIn(String username, String password) throws IOException, InterruptedException {
        get("/sign-in");
        var response = post("/sign-in", Map.of("username", username, "password", password));
        return response.headers().firstValue("Location").orElse("");
    }

    public static Document html(HttpResponse<String> response) {
        return Jsoup.parse(response.body());
    }

    private void rememberCsrf(String body) {
        var input = Jsoup.parse(body).selectFirst("input[name=_csrf]");
        if (input != null) {
            csrfToken = input.val();
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
