package org.saferplan.jobs;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import java.util.zip.CRC32;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs work under a PostgreSQL transaction-level advisory lock, so two SaferPlan instances on one database never
 * do the same work at once. The lock is released when the transaction ends, even if the node dies.
 */
@Component
public class ClusterLock {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    ClusterLock(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Waits for the lock named {@code name}, then runs {@code work} in the same transaction. */
    public <T> T runExclusively(String name, Supplier<T> work) {
        return transactions.execute(status -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(:key)")
                    .param("key", keyOf(name))
                    .query()
                    .singleValue();
            return work.get();
        });
    }

    /**
     * Runs {@code work} only if no other node holds the lock now; returns false without waiting otherwise. For
     * scheduled work that every node triggers but only one should do.
     */
    public boolean runIfFree(String name, Runnable work) {
        Boolean ran = transactions.execute(status -> {
            boolean locked = jdbc.sql("SELECT pg_try_advisory_xact_lock(:key)")
                    .param("key", keyOf(name))
                    .query(Boolean.class)
                    .single();
            if (locked) {
                work.run();
            }
            return locked;
        });
        return Boolean.TRUE.equals(ran);
    }

    static long keyOf(String name) {
        var crc = new CRC32();
        crc.update(("saferplan:" + name).getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }
}
