package org.saferplan;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where SaferPlan keeps its data.
 *
 * @param url a JDBC URL of a real PostgreSQL server (from {@code DATABASE_URL}); when blank SaferPlan starts its
 *     embedded PostgreSQL instead
 * @param dataDir the folder of the embedded server's data (from {@code SAFERPLAN_DATA_DIR}, default {@code ./data})
 * @param cleanOnStart wipe the embedded data folder at start: used by tests only
 */
@ConfigurationProperties("saferplan.database")
public record DatabaseProperties(String url, Path dataDir, boolean cleanOnStart) {

    public DatabaseProperties {
        url = url == null ? "" : url.trim();
        dataDir = dataDir == null ? Path.of("data") : dataDir;
    }

    public boolean embedded() {
        return url.isEmpty();
    }
}
