package org.saferplan.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled {@code auto} (load the demo workspace when SaferPlan runs on its embedded database), {@code true}
 *     or {@code false}
 */
@ConfigurationProperties("saferplan.demo")
record DemoSettings(String enabled) {

    DemoSettings {
        enabled = enabled == null || enabled.isBlank() ? "auto" : enabled.trim().toLowerCase();
    }

    boolean wanted(boolean embeddedDatabase) {
        return "true".equals(enabled) || ("auto".equals(enabled) && embeddedDatabase);
    }
}
