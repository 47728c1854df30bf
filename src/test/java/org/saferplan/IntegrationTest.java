package org.saferplan;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a real PostgreSQL (embedded, or {@code DATABASE_URL}) with the demo workspace loaded,
 * on a random port. Every test class with this annotation shares one application context, so one database start.
 * Tests must not depend on each other's data: make your own records with unique names. Tagged {@code database}:
 * CI runs these again against Debian's PostgreSQL server.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Tag("database")
public @interface IntegrationTest {}
