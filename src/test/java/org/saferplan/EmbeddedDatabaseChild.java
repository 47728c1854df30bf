package org.saferplan;

import java.nio.file.Path;
import java.sql.DriverManager;

/**
 * A separate SaferPlan-like process for {@link EmbeddedDatabaseTests}: starts the embedded server on a folder, adds
 * one row, prints {@code READY <rows>} and waits; "stop" on standard input shuts it down cleanly.
 */
public final class EmbeddedDatabaseChild {

    public static void main(String[] args) throws Exception {
        var database = EmbeddedDatabase.start(Path.of(args[0]), false);
        try (var connection = DriverManager.getConnection(database.jdbcUrl())) {
            var statement = connection.createStatement();
            statement.execute("CREATE TABLE IF NOT EXISTS marker (label TEXT)");
            statement.execute("INSERT INTO marker VALUES ('" + args[1] + "')");
            var rows = statement.executeQuery("SELECT count(*) FROM marker");
            rows.next();
            System.out.println("READY " + rows.getLong(1));
            System.out.flush();
        }
        var in = new java.io.BufferedReader(new java.io.InputStreamReader(System.in));
        String line;
        while ((line = in.readLine()) != null) {
            if ("stop".equals(line.trim())) {
                break;
            }
        }
        System.exit(0);
    }
}
