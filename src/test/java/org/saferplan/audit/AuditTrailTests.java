package org.saferplan.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.saferplan.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class AuditTrailTests {

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void recordsWhoChangedWhichRecordWithValuesBeforeAndAfter() {
        var id = "rec-" + System.nanoTime();
        audit.updated(42L, "test-record", id, Map.of("status", "draft"), Map.of("status", "approved"));

        var entries = audit.find(new AuditFilter(42L, "test-record", id, null, 10));
        assertThat(entries).hasSize(1);
        var entry = entries.get(0);
        assertThat(entry.actor()).isEqualTo(AuditTrail.SYSTEM);
        assertThat(entry.action()).isEqualTo("updated");
        assertThat(entry.before()).contains("\"status\": \"draft\"");
        assertThat(entry.after()).contains("\"status\": \"approved\"");
    }

    @Test
    void noStatementCanChangeOrDeleteAnEntry() {
        var id = "rec-" + System.nanoTime();
        audit.created(null, "test-record", id, Map.of("name", "original"));

        assertThatThrownBy(() -> transactions.executeWithoutResult(
                        status -> jdbc.sql("UPDATE audit_entry SET actor = 'someone else' WHERE record_id = :id")
                                .param("id", id)
                                .update()))
                .hasMessageContaining("audit entries cannot be changed or deleted");
        assertThatThrownBy(() -> transactions.executeWithoutResult(
                        status -> jdbc.sql("DELETE FROM audit_entry WHERE record_id = :id")
                                .param("id", id)
                                .update()))
                .hasMessageContaining("audit entries cannot be changed or deleted");
        assertThatThrownBy(() -> transactions.executeWithoutResult(
                        status -> jdbc.sql("TRUNCATE audit_entry").update()))
                .hasMessageContaining("audit entries cannot be changed or deleted");
        assertThat(audit.find(new AuditFilter(null, "test-record", id, null, 10)))
                .singleElement()
                .satisfies(entry -> assertThat(entry.actor()).isEqualTo(AuditTrail.SYSTEM));
    }
}
