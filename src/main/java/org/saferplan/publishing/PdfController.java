package org.saferplan.publishing;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.saferplan.web.PdfRenderer;
import org.saferplan.web.Shell;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The published plan and the area's performance summary (crime statistics) as tagged PDFs with embedded fonts,
 * vector charts and real tables ({@link PdfRenderer}). A published version never changes, so its PDF is rendered
 * once per version and language; the plan PDF leaves out the live figures for that reason (it links to them).
 */
@Controller
class PdfController {

    private final PublicSite site;
    private final PdfRenderer renderer;
    private final TemplateEngine templates;
    private final Map<String, byte[]> planPdfs = new ConcurrentHashMap<>();

    PdfController(PublicSite site, PdfRenderer renderer, TemplateEngine templates) {
        this.site = site;
        this.renderer = renderer;
        this.templates = templates;
    }

    @GetMapping("/public/{slug}/plan/{version}.pdf")
    ResponseEntity<byte[]> plan(@PathVariable String slug, @PathVariable String version, Model model) {
        var partnership = site.partnership(slug);
        var content = site.content(partnership, version);
        var shell = (Shell) model.getAttribute("shell");
        var key = content.version().id() + "/" + shell.messages().language();
        var bytes = planPdfs.computeIfAbsent(
                key,
                k -> renderer.render(html(
                        "publishing/planPrint",
                        Map.of(
                                "shell",
                                shell,
                                "page",
                                PublicSiteController.page(partnership, content, false, false, null)))));
        return pdf(bytes, slug + "-" + content.version().slug() + ".pdf");
    }

    @GetMapping("/public/{slug}/statistics.pdf")
    ResponseEntity<byte[]> statistics(@PathVariable String slug, Model model) {
        var partnership = site.partnership(slug);
        var shell = (Shell) model.getAttribute("shell");
        var statistics = StatisticsViews.of(site.crime(partnership), partnership.name(), shell.messages());
        var bytes = renderer.render(html(
                "publishing/statisticsPrint",
                Map.of(
                        "shell",
                        shell,
                        "partnership",
                        PublicSiteController.view(partnership),
                        "statistics",
                        statistics)));
        return pdf(bytes, slug + "-crime-statistics.pdf");
    }

    private String html(String template, Map<String, Object> params) {
        var output = new StringOutput();
        templates.render(template + ".jte", params, output);
        return output.toString();
    }

    private static ResponseEntity<byte[]> pdf(byte[] bytes, String filename) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .body(bytes);
    }
}
