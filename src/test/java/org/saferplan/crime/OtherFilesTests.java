package org.saferplan.crime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.saferplan.crime.TestFiles.OUTCOMES_HEADER;
import static org.saferplan.crime.TestFiles.STOP_HEADER;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.saferplan.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Outcomes and stop-and-search files, and zips as downloaded from data.police.uk. */
@IntegrationTest
class OtherFilesTests {

    @Autowired
    CrimeImports imports;

    @Autowired
    JdbcClient jdbc;

    final TestFiles files = new TestFiles();

    static final String OUTCOMES = OUTCOMES_HEADER + "\n"
            + TestFiles.CRIME_ID + ",2032-01,Test Force,Test Force,-1.890382,50.766408,On or near Ashridge Avenue,"
            + "E01015301,Bournemouth 001A,Investigation complete; no suspect identified\n"
            + TestFiles.CRIME_ID + ",2032-01,Test Force,Test Force,-1.893708,50.769028,On or near Pearson Gardens,"
            + "E01015301,Bournemouth 001A,offender given A penalty notice\n"
            + TestFiles.CRIME_ID + ",2032-01,Test Force,Test Force,,,No Location,,,Unable to prosecute suspect\n";

    static final String STOPS = STOP_HEADER + "\n"
            + "Person search,2032-01-06T22:45:00+00:00,False,,50.766408,-1.890382,Male,18-24,"
            + "White - English/Welsh/Scottish/Northern Irish/British,White,Misuse of Drugs Act 1971 (section 23),"
            + "Controlled drugs,A no further action disposal,False,False\n"
            + "Vehicle search,2032-01-31T23:30:00+00:00,True,Operation Test,,,Female,over 34,,,"
            + "Police and Criminal Evidence Act 1984 (section 1),Stolen goods,Arrest,True,\n";

    @Test
    void importsOutcomesAndStopAndSearchFiles() {
        var result = imports.runNow(
                "test",
                List.of(
                        files.file("2032-01-test-other-outcomes.csv", OUTCOMES),
                        files.file("2032-01-test-other-stop-and-search.csv", STOPS)));
        assertThat(result.problems()).isEmpty();
        assertThat(result.results())
                .extracting(FileResult::kind, FileResult::rows, FileResult::noLocationRows)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("outcomes", 3L, 1L),
                        org.assertj.core.groups.Tuple.tuple("stop-and-search", 2L, 1L));
        assertThat(jdbc.sql("""
                        SELECT o.name FROM crime_outcome r JOIN crime_force f ON f.id = r.force_id
                        JOIN crime_outcome_type o ON o.id = r.outcome_type_id WHERE f.slug = 'test-other' ORDER BY 1
                        """).query(String.class).list())
                .containsExactly(
                        "Investigation complete; no suspect identified",
                        "Offender given penalty notice",
                        "Unable to prosecute suspect");
        assertThat(jdbc.sql("""
                        SELECT search_type || ' ' || coalesce(outcome, '') || ' ' || occurred_at AT TIME ZONE 'UTC'
                        FROM crime_stop_search s JOIN crime_force f ON f.id = s.force_id
                        WHERE f.slug = 'test-other' ORDER BY occurred_at
                        """).query(String.class).list())
                .containsExactly(
                        "Person search A no further action disposal 2032-01-06 22:45:00",
                        "Vehicle search Arrest 2032-01-31 23:30:00");
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM crime_file cf JOIN crime_force f ON f.id = cf.force_id
                        WHERE f.slug = 'test-other'
                        """).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void refusesAnUnknownOutcomeTypeAndAStopOutsideTheMonth() {
        var before = counts();
        var badOutcome = OUTCOMES.replace("Unable to prosecute suspect", "Suspect told off");
        var result = imports.runNow(
                "test", List.of(files.file("2032-02-test-bad-outcomes.csv", badOutcome.replace("2032-01", "2032-02"))));
        assertThat(result.problems())
                .extracting(ImportProblem::toString)
                .containsExactly(
                        "2032-02-test-bad-outcomes.csv, line 4: column Outcome type has \"Suspect told off\": expected a "
                                + "police.uk outcome category (such as Under investigation, or Offender given a caution) or"
                                + " nothing");
        var badStop = imports.runNow(
                "test",
                List.of(files.file(
                        "2032-02-test-bad-stop-and-search.csv",
                        STOPS.replace("2032-01-06", "2032-02-06").replace("True,Operation", "Yes,Operation"))));
        assertThat(badStop.problems())
                .extracting(ImportProblem::toString)
                .containsExactly(
                        "2032-02-test-bad-stop-and-search.csv, line 3: column Date has \"2032-01-31T23:30:00+00:00\": "
                                + "expected a date in 2032-02, the month in the file name",
                        "2032-02-test-bad-stop-and-search.csv, line 3: column Part of a policing operation has \"Yes\": "
                                + "expected True, False or nothing");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void importsAZipAsDownloadedFromPoliceUk() throws Exception {
        var zip = TestFiles.zip(List.of(
                new String[] {"2032-03/", null},
                new String[] {"2032-03/2032-03-test-zip-street.csv", TestFiles.streetFile("2032-03", 5)},
                new String[] {"2032-03/2032-03-test-zip-outcomes.csv", OUTCOMES.replace("2032-01", "2032-03")},
                new String[] {"README.txt", "not a csv"}));
        var job = runUpload("police-uk.zip", zip);
        assertThat(job.problems()).isEmpty();
        assertThat(job.status()).isEqualTo(CrimeImport.SUCCEEDED);
        assertThat(job.results())
                .extracting(FileResult::file)
                .containsExactly("2032-03/2032-03-test-zip-street.csv", "2032-03/2032-03-test-zip-outcomes.csv");
        assertThat(job.rows()).isEqualTo(8);
    }

    @Test
    void refusesAZipEntryThatClimbsOutOfTheArchive() throws Exception {
        var before = counts();
        var zip = TestFiles.zip(List.of(
                new String[] {"2032-04/2032-04-test-climb-street.csv", TestFiles.streetFile("2032-04", 5)},
                new String[] {"../2032-04-test-climb-outcomes.csv", OUTCOMES.replace("2032-01", "2032-04")}));
        var job = runUpload("climb.zip", zip);
        assertThat(job.status()).isEqualTo(CrimeImport.FAILED);
        assertThat(job.problems())
                .extracting(ImportProblem::toString)
                .containsExactly(
                        "climb.zip: has an entry named \"../2032-04-test-climb-outcomes.csv\": refused, because names with .."
                                + " or an absolute path could reach outside the archive; expected names like "
                                + "2018-10/2018-10-dorset-street.csv");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void stopsAZipThatInflatesBeyondTheCap() throws Exception {
        var folder = Files.createTempDirectory("zip-cap-");
        var path = folder.resolve("big.zip");
        Files.write(path, TestFiles.zip(List.<String[]>of(new String[] {
            "2032-05/2032-05-test-big-street.csv", TestFiles.streetFile("2032-05", 500)
        })));
        var problems = new java.util.ArrayList<ImportProblem>();
        UploadedFiles.expand(List.of(new UploadedFiles.Upload("big.zip", path)), folder, problems, 10_000);
        assertThat(problems)
                .extracting(ImportProblem::toString)
                .containsExactly("big.zip: holds more than 0 MB of "
                        + "uncompressed data: expected at most that in one import; import the months in several parts");
    }

    private CrimeImport runUpload(String name, byte[] content) throws Exception {
        var folder = Files.createTempDirectory("upload-");
        Path path = folder.resolve("upload-0");
        Files.write(path, content);
        long id = imports.start(List.of(new UploadedFiles.Upload(name, path)), folder);
        return awaitFinished(imports, id);
    }

    static CrimeImport awaitFinished(CrimeImports imports, long id) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            var job = imports.find(id).orElseThrow();
            if (!job.running()) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("import " + id + " did not finish");
    }

    private List<Long> counts() {
        return jdbc.sql("""
                        SELECT (SELECT count(*) FROM crime_street), (SELECT count(*) FROM crime_outcome),
                               (SELECT count(*) FROM crime_stop_search), (SELECT count(*) FROM crime_file),
                               (SELECT coalesce(sum(hashtext(f::text)), 0) FROM crime_file f)
                        """)
                .query((rs, row) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
                .single();
    }
}
