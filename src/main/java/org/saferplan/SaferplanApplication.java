package org.saferplan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/** SaferPlan: one modular monolith, one top-level package per module (see docs/architecture.md). */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(systemName = "SaferPlan")
public class SaferplanApplication {

    public static void main(String[] args) {
        SpringApplication.run(SaferplanApplication.class, args);
    }
}
