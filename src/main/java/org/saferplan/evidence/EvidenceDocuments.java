package org.saferplan.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.saferplan.evidence.web.DatasetForm;
import org.saferplan.governance.Partnerships;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads datasets listed in the evidence text format (see {@code src/main/resources/demo/evidence.txt}) into a
 * partnership through the same service the upload pages use, so every file is checked and every dataset audited.
 * One line per dataset, fields separated by {@code |}: title, kind, owner organisation (a partner), sharing, period
 * type, unit, illustrative (yes/no), area code, file (a classpath resource beside the document), description; a
 * {@code -} takes the importer's default.
 */
@Service
public class EvidenceDocuments {

    private final Datasets datasets;
    private final Partnerships partnerships;

    EvidenceDocuments(Datasets datasets, Partnerships partnerships) {
        this.datasets = datasets;
        this.partnerships = partnerships;
    }

    /** Loads the document; {@code folder} is the classpath folder of its files, e.g. {@code demo/}. */
    @Transactional
    public void load(long partnershipId, String text, String folder) {
        var lines = text.replace("\r\n", "\n").split("\n");
        for (int n = 0; n < lines.length; n++) {
            int number = n + 1;
            var line = lines[n].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            var f = line.split("\\|", -1);
            if (f.length != 10) {
                throw new IllegalArgumentException("Line " + (n + 1) + ": expected 10 fields, found " + f.length);
            }
            var owner = partnerships.partners(partnershipId).stream()
                    .filter(p -> p.organisation().name().equals(f[2].strip()))
                    .findFirst()
                    .orElseThrow(() ->
                            new IllegalArgumentException("Line " + number + ": " + f[2].strip() + " is not a partner"));
            var form = new DatasetForm(
                    f[0],
                    f[1],
                    String.valueOf(owner.organisation().id()),
                    f[3],
                    "",
                    "",
                    f[9],
                    dash(f[4]),
                    dash(f[5]),
                    "yes",
                    dash(f[7]));
            var file = f[8].strip();
            try {
                var bytes = new ClassPathResource(folder + file).getContentAsByteArray();
                datasets.create(partnershipId, form, new UploadedFile(file, bytes), "yes".equals(f[6].strip()));
            } catch (IOException e) {
                throw new UncheckedIOException("Line " + (n + 1) + ": cannot read " + folder + file, e);
            }
        }
    }

    private static String dash(String field) {
        return field.strip().equals("-") ? "" : field.strip();
    }
}
