package org.saferplan;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one store: a real PostgreSQL server when {@code DATABASE_URL} is set, else the embedded server.
 * Defining the DataSource here makes Spring Boot's own DataSource configuration step aside.
 */
@Configuration(proxyBeanMethods = false)
class DataSourceConfiguration {

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseProperties properties) {
        var config = new HikariConfig();
        config.setPoolName("saferplan");
        config.setMaximumPoolSize(10);
        if (properties.embedded()) {
            var server = EmbeddedDatabase.start(properties.dataDir(), properties.cleanOnStart());
            config.setJdbcUrl(server.jdbcUrl());
        } else {
            if (!properties.url().startsWith("jdbc:postgresql:")) {
                throw new IllegalStateException("DATABASE_URL must be a JDBC URL such as "
                        + "jdbc:postgresql://127.0.0.1:5432/saferplan?user=saferplan&password=secret");
            }
            config.setJdbcUrl(properties.url());
        }
        return new HikariDataSource(config);
    }
}
