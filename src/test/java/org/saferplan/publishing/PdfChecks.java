package org.saferplan.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a published PDF must be: tagged with its structure, fonts embedded, charts as vectors, text extractable. */
final class PdfChecks {

    private PdfChecks() {}

    /** The PDF's text with all white space (line breaks included) as single spaces. */
    static String text(byte[] bytes) throws IOException {
        try (var pdf = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    /** Checks tagging, languages, embedded fonts and no raster images; returns the structure types found. */
    static List<String> checkAccessible(byte[] bytes) throws IOException {
        try (var pdf = Loader.loadPDF(bytes)) {
            var catalog = pdf.getDocumentCatalog();
            assertThat(catalog.getMarkInfo().isMarked()).as("tagged").isTrue();
            assertThat(catalog.getLanguage()).isEqualTo("en");
            assertThat(pdf.getDocumentInformation().getTitle()).isNotBlank();
            for (var page : pdf.getPages()) {
                var resources = page.getResources();
                for (var name : resources.getFontNames()) {
                    var font = resources.getFont(name);
                    assertThat(font.isEmbedded())
                            .as(font.getName() + " embedded")
                            .isTrue();
                }
                assertThat(images(resources)).as("raster images").isZero();
            }
            var types = new ArrayList<String>();
            collect(catalog.getStructureTreeRoot(), types);
            return types;
        }
    }

    private static int images(PDResources resources) throws IOException {
        int images = 0;
        for (var name : resources.getXObjectNames()) {
            var object = resources.getXObject(name);
            if (object instanceof PDImageXObject) {
                images++;
            } else if (object instanceof PDFormXObject form && form.getResources() != null) {
                images += images(form.getResources());
            }
        }
        return images;
    }

    private static void collect(PDStructureNode node, List<String> types) {
        for (var kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                types.add(element.getStructureType());
                collect(element, types);
            }
        }
    }
}
