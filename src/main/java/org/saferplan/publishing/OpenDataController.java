package org.saferplan.publishing;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.BiFunction;
import org.saferplan.crime.AreaCrime;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Every public table as a download, CSV or JSON, with the licence attribution. No sign-in, no session. */
@Controller
class OpenDataController {

    private final PublicSite site;

    OpenDataController(PublicSite site) {
        this.site = site;
    }

    @GetMapping("/public/{slug}/plan/{version}/activities.{format}")
    ResponseEntity<?> activities(@PathVariable String slug, @PathVariable String version, @PathVariable String format) {
        var partnership = site.partnership(slug);
        var content = site.content(partnership, version);
        return download(OpenData.activities(partnership.name(), content), slug + "-" + version + "-activities", format);
    }

    @GetMapping("/public/{slug}/plan/{version}/measures.{format}")
    ResponseEntity<?> measures(@PathVariable String slug, @PathVariable String version, @PathVariable String format) {
        var partnership = site.partnership(slug);
        var content = site.content(partnership, version);
        return download(OpenData.measures(partnership.name(), content), slug + "-" + version + "-measures", format);
    }

    @GetMapping("/public/{slug}/statistics/crime-by-month.{format}")
    ResponseEntity<?> crimeByMonth(@PathVariable String slug, @PathVariable String format) {
        return statistics(slug, format, "crime-by-month", OpenData::crimeByMonth);
    }

    @GetMapping("/public/{slug}/statistics/crime-by-type.{format}")
    ResponseEntity<?> crimeByType(@PathVariable String slug, @PathVariable String format) {
        return statistics(slug, format, "crime-by-type", OpenData::crimeByType);
    }

    private ResponseEntity<?> statistics(
            String slug, String format, String name, BiFunction<String, AreaCrime, OpenData.Table> table) {
        var partnership = site.partnership(slug);
        var crime = site.crime(partnership).orElseThrow(PublicSite::notFound);
        return download(table.apply(partnership.name(), crime), slug + "-" + name, format);
    }

    static ResponseEntity<?> download(OpenData.Table table, String name, String format) {
        var builder = ResponseEntity.ok().header(HttpHeaders.LINK, "<" + OpenData.LICENCE_URL + ">; rel=\"license\"");
        return switch (format) {
            case "csv" ->
                builder.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                        .header(
                                HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.attachment()
                                        .filename(name + ".csv")
                                        .build()
                                        .toString())
                        .body(table.csv());
            case "json" ->
                builder.contentType(MediaType.APPLICATION_JSON)
                        .header(
                                HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.attachment()
                                        .filename(name + ".json")
                                        .build()
                                        .toString())
                        .body((Map<String, Object>) table.json());
            default -> throw PublicSite.notFound();
        };
    }
}
