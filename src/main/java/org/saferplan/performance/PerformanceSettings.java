package org.saferplan.performance;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param overdueAfterDays an activity with no update for more than this many days is overdue for one (default 90)
 */
@ConfigurationProperties("saferplan.performance")
record PerformanceSettings(Integer overdueAfterDays) {

    PerformanceSettings {
        overdueAfterDays = overdueAfterDays == null || overdueAfterDays < 1 ? 90 : overdueAfterDays;
    }
}
