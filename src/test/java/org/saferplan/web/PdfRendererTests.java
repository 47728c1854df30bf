package org.saferplan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfRendererTests {

    private static final String DOCUMENT = """
            <!DOCTYPE html>
            <html lang="en">
            <head><title>Performance pack: Strategic board</title>
            <link rel="stylesheet" href="/assets/css/app.css"><script src="/assets/app.js"></script></head>
            <body>
              <a class="govuk-skip-link" href="#main">Skip to main content</a>
              <h1 class="govuk-heading-xl">Performance pack: Strategic board</h1>
              <p class="govuk-body">Exceptions first — “special cause” variation & overdue updates.</p>
              <figure>
                <svg xmlns="http://www.w3.org/2000/svg" width="300" height="100" viewBox="0 0 300 100" role="img">
                  <title>Monthly burglaries</title>
                  <polyline points="0,80 50,60 100,70 150,30 200,40 250,20" fill="none" stroke="#1d70b8"/>
                  <circle cx="150" cy="30" r="4" fill="#ed8b00"/>
                </svg>
              </figure>
              <table class="govuk-table">
                <caption>Burglary by month</caption>
                <thead><tr><th scope="col">Month</th><th scope="col" class="govuk-table__header--numeric">Count</th></tr></thead>
                <tbody><tr><td>2021-04</td><td class="govuk-table__cell--numeric">123</td></tr>
                <tr><td>2021-05</td><td class="govuk-table__cell--numeric">98</td></tr></tbody>
              </table>
              <img src="http://example.invalid/tracker.png" alt="">
              <form><button>Generate pack</button></form>
            </body></html>
            """;

    private final PdfRenderer renderer = new PdfRenderer();

    @Test
    void keepsTheTextAndTablesOfTheDocument() throws IOException {
        try (var pdf = Loader.loadPDF(renderer.render(DOCUMENT))) {
            var text = new PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains(
                            "Performance pack: Strategic board",
                            "“special cause” variation & overdue",
                            "Burglary by month",
                            "2021-04",
                            "123",
                            "Page 1 of 1");
            assertThat(text).doesNotContain("Skip to main content", "Generate pack");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Performance pack: Strategic board");
        }
    }

    @Test
    void isTaggedWithHeadingAndTableStructure() throws IOException {
        try (var pdf = Loader.loadPDF(renderer.render(DOCUMENT))) {
            var catalog = pdf.getDocumentCatalog();
            assertThat(catalog.getMarkInfo()).isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getLanguage()).isEqualTo("en");
            var types = new ArrayList<String>();
            collectTypes(catalog.getStructureTreeRoot(), types);
            assertThat(types).contains("H1", "Table", "TR", "TH", "TD", "Figure");
        }
    }

    @Test
    void embedsEveryFontAndDrawsChartsAsVectors() throws IOException {
        try (var pdf = Loader.loadPDF(renderer.render(DOCUMENT))) {
            for (var page : pdf.getPages()) {
                var resources = page.getResources();
                for (var name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
                assertThat(imagesOn(pdf, resources))
                        .as("raster images on the page")
                        .isZero();
            }
        }
    }

    @Test
    void refusesADocumentWithoutTitleOrLanguage() {
        assertThatThrownBy(() -> renderer.render("<html><body><h1>x</h1></body></html>"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("title");
        assertThatThrownBy(() -> renderer.render("<html><head><title>t</title></head><body></body></html>"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("language");
    }

    private static int imagesOn(PDDocument pdf, org.apache.pdfbox.pdmodel.PDResources resources) throws IOException {
        int images = 0;
        for (var name : resources.getXObjectNames()) {
            var object = resources.getXObject(name);
            if (object instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) {
                images++;
            } else if (object instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form
                    && form.getResources() != null) {
                images += imagesOn(pdf, form.getResources());
            }
        }
        return images;
    }

    private static void collectTypes(PDStructureNode node, List<String> types) {
        for (var kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                types.add(element.getStructureType());
                collectTypes(element, types);
            }
        }
    }
}
