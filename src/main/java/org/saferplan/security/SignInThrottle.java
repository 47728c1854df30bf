package org.saferplan.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.saferplan.jobs.ClusterLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Locks a username for a while after repeated failed sign-ins. The count lives in the database so that every node
 * sees the same count; unknown usernames count too, so a locked answer tells an attacker nothing about which
 * usernames exist.
 */
@Component
class SignInThrottle {

    private final JdbcClient jdbc;
    private final SecuritySettings settings;
    private final ClusterLock clusterLock;

    SignInThrottle(JdbcClient jdbc, SecuritySettings settings, ClusterLock clusterLock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clusterLock = clusterLock;
    }

    /** When the username is locked, the moment it unlocks. */
    Optional<Instant> lockedUntil(String username) {
        return jdbc.sql("SELECT locked_until FROM sign_in_throttle WHERE username = :u AND locked_until > now()")
                .param("u", key(username))
                .query((rs, row) -> rs.getTimestamp(1).toInstant())
                .optional();
    }

    void failed(String username) {
        // A failure long after the last one starts a new count.
        jdbc.sql("""
                        INSERT INTO sign_in_throttle (username, failures, last_failure_at)
                        VALUES (:u, 1, now())
                        ON CONFLICT (username) DO UPDATE SET
                          failures = CASE WHEN sign_in_throttle.last_failure_at < now() - CAST(:window AS INTERVAL)
                                          THEN 1 ELSE sign_in_throttle.failures + 1 END,
                          last_failure_at = now()
                        """)
                .param("u", key(username))
                .param("window", interval(settings.lockout()))
                .update();
        jdbc.sql("""
                        UPDATE sign_in_throttle SET locked_until = now() + CAST(:lockout AS INTERVAL), failures = 0
                        WHERE username = :u AND failures >= :max
                        """)
                .param("u", key(username))
                .param("lockout", interval(settings.lockout()))
                .param("max", settings.maxFailedSignIns())
                .update();
    }

    void succeeded(String username) {
        jdbc.sql("DELETE FROM sign_in_throttle WHERE username = :u")
                .param("u", key(username))
                .update();
    }

    /** Forgets old failures, on one node at a time. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void forgetOldFailures() {
        clusterLock.runIfFree(
                "sign-in-throttle-cleanup",
                () -> jdbc.sql("""
                        DELETE FROM sign_in_throttle
                        WHERE last_failure_at < now() - CAST(:window AS INTERVAL)
                          AND (locked_until IS NULL OR locked_until < now())
                        """)
                        .param("window", interval(settings.lockout().multipliedBy(2)))
                        .update());
    }

    private static String key(String username) {
        var clean = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return clean.length() > 100 ? clean.substring(0, 100) : clean;
    }

    private static String interval(Duration duration) {
        return duration.toSeconds() + " seconds";
    }
}
