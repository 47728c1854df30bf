package org.saferplan.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Turns one of SaferPlan's HTML documents into an accessible PDF: tagged (PDF/UA, so headings, lists and tables
 * keep their structure for screen readers), with its font embedded (DejaVu Sans, shipped in {@code fonts/}, so
 * the PDF looks the same on every machine), and with inline SVG charts drawn as vector graphics.
 *
 * <p>The input is ordinary HTML5 as our templates write it: it is parsed leniently (jsoup) and converted to the
 * XHTML DOM the renderer needs. The page's own stylesheets and scripts are dropped, because the renderer knows
 * CSS 2.1 only; {@code pdf/print.css} is applied instead, and a caller may add rules of its own. The document must
 * carry a {@code <title>} and an {@code <html lang>}: PDF/UA requires both.
 */
@Component
public class PdfRenderer {

    private static final String FONT_FAMILY = "DejaVu Sans";
    private static final String PRINT_CSS = read("pdf/print.css");

    /** Renders the HTML document with the shared print stylesheet. */
    public byte[] render(String html) {
        return render(html, "");
    }

    /**
     * Renders the HTML document with the shared print stylesheet followed by {@code extraCss} (CSS 2.1).
     *
     * @throws IllegalArgumentException if the document has no title or no language
     */
    public byte[] render(String html, String extraCss) {
        var document = Jsoup.parse(html);
        if (document.title().isBlank() || document.selectFirst("html[lang]") == null) {
            throw new IllegalArgumentException("A PDF needs a document title and a language (PDF/UA)");
        }
        prepare(document, extraCss);
        var out = new ByteArrayOutputStream();
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessbility(true);
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.useFont(() -> font("DejaVuSans.ttf"), FONT_FAMILY, 400, PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(
                    () -> font("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(
                    () -> font("DejaVuSans-Oblique.ttf"), FONT_FAMILY, 400, PdfRendererBuilder.FontStyle.ITALIC, true);
            builder.withW3cDocument(new W3CDom().fromJsoup(document), "/");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the PDF", e);
        }
        return out.toByteArray();
    }

    /** Drops what the renderer cannot use or must not fetch, and adds the print stylesheet. */
    private static void prepare(Document document, String extraCss) {
        document.select("script, link[rel=stylesheet], style, noscript, .govuk-skip-link")
                .remove();
        // Images would be fetched by URL; our documents draw charts as inline SVG, so anything else is dropped.
        document.select("img").remove();
        document.head().appendElement("style").appendText(PRINT_CSS + "\n" + extraCss);
        document.outputSettings().syntax(Document.OutputSettings.Syntax.xml);
    }

    private static InputStream font(String file) {
        try {
            return new ClassPathResource("fonts/" + file).getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF font " + file + " is missing from the build", e);
        }
    }

    private static String read(String path) {
        try (var in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Missing resource " + path, e);
        }
    }
}
