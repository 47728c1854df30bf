package org.saferplan.crime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.saferplan.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class CrimeImportCommandTests {

    @Autowired
    CrimeImportCommand command;

    @Autowired
    JdbcClient jdbc;

    @Test
    void importsEveryPoliceUkCsvUnderTheFolderAndFailsWithoutStoringOnAnyProblem() throws Exception {
        var folder = Files.createTempDirectory("crime-command-");
        Files.createDirectories(folder.resolve("2035-01"));
        Files.createDirectories(folder.resolve("2035-02"));
        Files.writeString(
                folder.resolve("2035-01/2035-01-test-command-street.csv"),
                TestFiles.streetFile("2035-01", 4),
                StandardCharsets.UTF_8);
        Files.writeString(
                folder.resolve("2035-02/2035-02-test-command-street.csv"),
                TestFiles.streetFile("2035-02", 5),
                StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("notes.txt"), "not a police.uk file", StandardCharsets.UTF_8);
        assertThat(command.importFolder(folder)).isTrue();
        assertThat(files()).isEqualTo(2);

        Files.writeString(
                folder.resolve("2035-03-test-command-street.csv"),
                TestFiles.STREET_HEADER + "\n" + TestFiles.street("2035-04", "E01015301", "Drugs", "") + "\n",
                StandardCharsets.UTF_8);
        Files.writeString(
                folder.resolve("2035-01/2035-01-test-command-street.csv"),
                TestFiles.streetFile("2035-01", 9),
                StandardCharsets.UTF_8);
        assertThat(command.importFolder(folder)).isFalse();
        assertThat(files()).isEqualTo(2);
        assertThat(jdbc.sql("""
                        SELECT cf.rows FROM crime_file cf JOIN crime_force f ON f.id = cf.force_id
                        WHERE f.slug = 'test-command' AND cf.month = DATE '2035-01-01'
                        """).query(Long.class).single()).isEqualTo(4);
    }

    private long files() {
        return jdbc.sql("""
                        SELECT count(*) FROM crime_file cf JOIN crime_force f ON f.id = cf.force_id
                        WHERE f.slug = 'test-command'
                        """).query(Long.class).single();
    }
}
