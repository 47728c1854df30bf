package org.saferplan.publishing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.saferplan.governance.Partnership;
import org.saferplan.plan.PublishedPlans;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read-only public API, {@code /api/v1/public/...}: published plans, their measures and the area's crime
 * statistics, with no authentication (the security module permits exactly these paths). Described by the OpenAPI
 * document at {@code /api/v1/openapi.json} (src/main/resources/publishing/openapi.json).
 */
@RestController
class PublicApiController {

    static final String BASE = "/api/v1/public/partnerships/{slug}";

    private final PublicSite site;

    PublicApiController(PublicSite site) {
        this.site = site;
    }

    @GetMapping(value = "/api/v1/openapi.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Resource> openApi() {
        return ResponseEntity.ok(new ClassPathResource("publishing/openapi.json"));
    }

    @GetMapping(BASE + "/plan")
    Map<String, Object> plan(@PathVariable String slug) {
        var partnership = site.partnership(slug);
        return plan(partnership, site.shown(partnership, null));
    }

    @GetMapping(BASE + "/plan/versions")
    Map<String, Object> versions(@PathVariable String slug) {
        var partnership = site.partnership(slug);
        var body = attributed(partnership);
        var versions = site.versions(partnership);
        body.put(
                "versions",
                versions.stream()
                        .map(v -> version(partnership, v, v == versions.get(0)))
                        .toList());
        return body;
    }

    @GetMapping(BASE + "/plan/versions/{version}")
    Map<String, Object> version(@PathVariable String slug, @PathVariable String version) {
        var partnership = site.partnership(slug);
        return plan(partnership, site.shown(partnership, version));
    }

    @GetMapping(BASE + "/measures")
    Map<String, Object> measures(@PathVariable String slug) {
        var partnership = site.partnership(slug);
        var content = site.content(partnership, null);
        var body = attributed(partnership);
        body.put("version", version(partnership, content.version(), true));
        body.put("measures", OpenData.measures(partnership.name(), content).records());
        return body;
    }

    @GetMapping(BASE + "/statistics")
    Map<String, Object> statistics(@PathVariable String slug) {
        var partnership = site.partnership(slug);
        var crime = site.crime(partnership).orElseThrow(PublicSite::notFound);
        var body = new LinkedHashMap<String, Object>();
        body.put("partnership", Map.of("slug", partnership.slug(), "name", partnership.name()));
        body.put("licence", Map.of("name", OpenData.LICENCE, "url", OpenData.LICENCE_URL));
        body.put("attribution", OpenData.POLICE_UK);
        body.put("from", crime.from().toString());
        body.put("to", crime.to().toString());
        body.put(
                "population",
                crime.population() == null
                        ? null
                        : Map.of(
                                "count",
                                crime.population().population(),
                                "year",
                                crime.population().year(),
                                "basis",
                                crime.population().basis()));
        body.put("total", crime.total().count());
        body.put("byMonth", OpenData.crimeByMonth(partnership.name(), crime).records());
        body.put("byType", OpenData.crimeByType(partnership.name(), crime).records());
        body.put(
                "missingMonths",
                crime.missingMonths().stream().map(Object::toString).toList());
        body.put(
                "caveats",
                List.of(
                        "police.uk figures are not the official crime statistics (ONS publishes those)",
                        "recording practice differs between forces and changes over time",
                        "locations are snapped to the nearest of a set of anonymous map points, so a crime may be counted"
                                + " in a neighbouring small area",
                        "anti-social behaviour is listed but is not crime and is not in the total"));
        return body;
    }

    private Map<String, Object> plan(Partnership partnership, PublicSite.Shown shown) {
        var content = shown.content();
        var body = attributed(partnership);
        body.put("version", version(partnership, content.version(), shown.current()));
        body.put(
                "sections",
                content.sections().stream()
                        .map(s -> {
                            var section = new LinkedHashMap<String, Object>();
                            section.put("key", s.key());
                            section.put("title", s.title());
                            section.put("text", s.text());
                            return section;
                        })
                        .toList());
        body.put(
                "themes",
                content.themes().stream()
                        .map(t -> {
                            var theme = new LinkedHashMap<String, Object>();
                            theme.put("key", t.key().toString());
                            theme.put("kind", t.kind());
                            theme.put("title", t.title());
                            theme.put("description", t.description());
                            theme.put(
                                    "activities",
                                    t.activities().stream()
                                            .map(a -> {
                                                var activity = new LinkedHashMap<String, Object>();
                                                activity.put("key", a.key().toString());
                                                activity.put("text", a.text());
                                                activity.put("owners", a.owners());
                                                activity.put("ownersIllustrative", a.ownersIllustrative());
                                                return activity;
                                            })
                                            .toList());
                            theme.put(
                                    "measures",
                                    t.measures().stream()
                                            .map(m -> {
                                                var measure = new LinkedHashMap<String, Object>();
                                                measure.put("key", m.key().toString());
                                                measure.put("text", m.text());
                                                measure.put("direction", m.direction());
                                                return measure;
                                            })
                                            .toList());
                            return theme;
                        })
                        .toList());
        return body;
    }

    private static LinkedHashMap<String, Object> attributed(Partnership partnership) {
        var body = new LinkedHashMap<String, Object>();
        body.put("partnership", Map.of("slug", partnership.slug(), "name", partnership.name()));
        body.put("licence", Map.of("name", OpenData.LICENCE, "url", OpenData.LICENCE_URL));
        body.put("attribution", OpenData.planAttribution(partnership.name()));
        return body;
    }

    private static Map<String, Object> version(Partnership partnership, PublishedPlans.Version v, boolean current) {
        var version = new LinkedHashMap<String, Object>();
        version.put("slug", v.slug());
        version.put("label", v.label());
        version.put("planTitle", v.planTitle());
        version.put("planYears", v.planYears());
        version.put("financialYear", v.financialYear());
        version.put(
                "publishedAt", v.publishedAt() == null ? null : v.publishedAt().toString());
        version.put("current", current);
        version.put("page", "/public/" + partnership.slug() + "/plan/" + v.slug());
        return version;
    }
}
