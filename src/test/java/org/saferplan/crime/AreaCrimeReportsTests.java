package org.saferplan.crime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.saferplan.IntegrationTest;
import org.saferplan.areas.AreaScopes;
import org.saferplan.governance.Partnerships;
import org.springframework.beans.factory.annotation.Autowired;

/** Statistics reports are kept while the archive is unchanged, and worked out again once an import changes it. */
@IntegrationTest
class AreaCrimeReportsTests {

    /**
     * An LSOA of Bournemouth, Christchurch and Poole in a month of the shipped Dorset data: the rows of this test's
     * force are counted on top of Dorset Police's (a month Dorset Police has no file for would be missing).
     */
    static final String LSOA = "E01015302";

    static final String MONTH = "2018-12";

    @Autowired
    AreaCrimeReports reports;

    @Autowired
    CrimeImports imports;

    @Autowired
    AreaScopes scopes;

    @Autowired
    Partnerships partnerships;

    private final TestFiles files = new TestFiles();

    @Test
    void aReportIsKeptUntilAnImportChangesTheArchive() {
        importBurglaries(2);
        var scope = scopes.of(LSOA).orElseThrow();
        var first = reports.of(scope, MONTH, MONTH, null, null, null).orElseThrow();
        assertThat(reports.of(scope, MONTH, " " + MONTH + " ", "", null, null)).containsSame(first);

        // Importing the same file again changes nothing, so the kept report still holds.
        importBurglaries(2);
        assertThat(reports.of(scope, MONTH, MONTH, null, null, null)).containsSame(first);

        // A newer release of the month replaces the old one: the figures are worked out again.
        importBurglaries(3);
        var second = reports.of(scope, MONTH, MONTH, null, null, null).orElseThrow();
        assertThat(second).isNotSameAs(first);
        assertThat(burglaries(second)).isEqualTo(burglaries(first) + 1);
    }

    @Test
    void everyPartnershipsDefaultReportIsWorkedOutInAdvanceAfterAnImport() throws InterruptedException {
        importBurglaries(4);
        var all = partnerships.all();
        assertThat(all).isNotEmpty();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!all.stream().allMatch(this::kept) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(all).allMatch(this::kept, "has its default report kept");
    }

    private boolean kept(org.saferplan.governance.Partnership partnership) {
        return reports.kept(reports.partnershipScope(partnership), null, null, null, null, null)
                .isPresent();
    }

    private void importBurglaries(int rows) {
        var lines = new StringBuilder(TestFiles.STREET_HEADER).append('\n');
        for (int i = 0; i < rows; i++) {
            lines.append(TestFiles.street(MONTH, LSOA, "Burglary", "Under investigation")
                            .replace("Test Force", "Reports Test Force"))
                    .append('\n');
        }
        var result =
                imports.runNow("test", List.of(files.file(MONTH + "-reports-test-force-street.csv", lines.toString())));
        assertThat(result.problems()).isEmpty();
    }

    private static long burglaries(AreaCrimeReports.Report report) {
        return report.crime().types().stream()
                .filter(t -> t.type().equals("Burglary"))
                .mapToLong(t -> t.figure().count())
                .sum();
    }
}
