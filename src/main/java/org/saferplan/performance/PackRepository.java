package org.saferplan.performance;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored performance packs, one per meeting; every read takes the partnership's id. */
@Repository
class PackRepository {

    /** A stored pack: its figures (the view model as JSON) and the printable HTML rendered from them. */
    record StoredPack(
            long partnershipId,
            long meetingId,
            long groupId,
            Instant generatedAt,
            String generatedBy,
            LocalDate since,
            int exceptions,
            String figures,
            String html) {}

    private final JdbcClient jdbc;

    PackRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredPack> pack(long partnershipId, long meetingId, boolean lock) {
        return jdbc.sql("""
                        SELECT partnership_id, meeting_id, group_id, generated_at, generated_by, since, exceptions,
                               figures::text AS figures, html
                        FROM performance_pack WHERE partnership_id = :p AND meeting_id = :m
                        """ + (lock ? " FOR UPDATE" : ""))
                .param("p", partnershipId)
                .param("m", meetingId)
                .query(PackRepository::pack)
                .optional();
    }

    /**
     * Holds a share lock on the governance module's meeting row until the transaction ends, so the meeting cannot be
     * marked held (governance locks the row for update to change it) while its pack is being generated: a pack is
     * either stored before the meeting is held or refused after.
     */
    void holdMeeting(long meetingId) {
        jdbc.sql("SELECT id FROM meeting WHERE id = :m FOR SHARE")
                .param("m", meetingId)
                .query(Long.class)
                .optional();
    }

    /** The ids of the meetings of the partnership that have a pack. */
    List<Long> meetingsWithPacks(long partnershipId) {
        return jdbc.sql("SELECT meeting_id FROM performance_pack WHERE partnership_id = :p")
                .param("p", partnershipId)
                .query(Long.class)
                .list();
    }

    /** Stores the pack, replacing the meeting's earlier one. */
    void save(StoredPack pack) {
        jdbc.sql("""
                        INSERT INTO performance_pack (partnership_id, meeting_id, group_id, generated_at, generated_by,
                          since, exceptions, figures, html)
                        VALUES (:p, :m, :g, :at, :by, :since, :exceptions, CAST(:figures AS jsonb), :html)
                        ON CONFLICT (meeting_id) DO UPDATE SET generated_at = excluded.generated_at,
                          generated_by = excluded.generated_by, since = excluded.since,
                          exceptions = excluded.exceptions, figures = excluded.figures, html = excluded.html
                        """)
                .param("p", pack.partnershipId())
                .param("m", pack.meetingId())
                .param("g", pack.groupId())
                .param("at", Timestamp.from(pack.generatedAt()))
                .param("by", pack.generatedBy())
                .param("since", pack.since() == null ? null : Date.valueOf(pack.since()), java.sql.Types.DATE)
                .param("exceptions", pack.exceptions())
                .param("figures", pack.figures())
                .param("html", pack.html())
                .update();
    }

    private static StoredPack pack(ResultSet rs, int row) throws SQLException {
        var since = rs.getDate("since");
        return new StoredPack(
                rs.getLong("partnership_id"),
                rs.getLong("meeting_id"),
                rs.getLong("group_id"),
                rs.getTimestamp("generated_at").toInstant(),
                rs.getString("generated_by"),
                since == null ? null : since.toLocalDate(),
                rs.getInt("exceptions"),
                rs.getString("figures"),
                rs.getString("html"));
    }
}
