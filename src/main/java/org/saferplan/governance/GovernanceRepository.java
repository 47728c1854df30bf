package org.saferplan.governance;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The governance tables. Every read that starts from an id also takes the partnership's id, joining through the
 * group, so an id from another partnership is simply not found.
 */
@Repository
class GovernanceRepository {

    private static final String MEETING_COLUMNS = "m.id, m.group_id, m.starts_at, m.place, m.kind, m.status";
    private static final String ACTION_COLUMNS = """
            a.id, a.meeting_id, a.text, a.owner_person, a.owner_organisation_id, a.due_on, a.status, a.raised_by
            """;

    private final JdbcClient jdbc;

    GovernanceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Group> groups(long partnershipId) {
        return jdbc.sql("""
                        SELECT id, partnership_id, name, kind, parent_id, terms_of_reference FROM governance_group
                        WHERE partnership_id = :p
                        ORDER BY CASE kind WHEN 'BOARD' THEN 0 WHEN 'PCG' THEN 1 ELSE 2 END, lower(name)
                        """)
                .param("p", partnershipId)
                .query(GovernanceRepository::group)
                .list();
    }

    Optional<Group> group(long partnershipId, long groupId) {
        return jdbc.sql("""
                        SELECT id, partnership_id, name, kind, parent_id, terms_of_reference FROM governance_group
                        WHERE partnership_id = :p AND id = :id
                        """)
                .param("p", partnershipId)
                .param("id", groupId)
                .query(GovernanceRepository::group)
                .optional();
    }

    Optional<Long> groupNamed(long partnershipId, String name) {
        return jdbc.sql("SELECT id FROM governance_group WHERE partnership_id = :p AND lower(name) = lower(:name)")
                .param("p", partnershipId)
                .param("name", name)
                .query(Long.class)
                .optional();
    }

    long insertGroup(long partnershipId, String name, GroupKind kind, Long parentId, String terms) {
        return jdbc.sql("""
                        INSERT INTO governance_group (partnership_id, name, kind, parent_id, terms_of_reference)
                        VALUES (:p, :name, :kind, :parent, :terms) RETURNING id
                        """)
                .param("p", partnershipId)
                .param("name", name)
                .param("kind", kind.name())
                .param("parent", parentId)
                .param("terms", terms)
                .query(Long.class)
                .single();
    }

    void updateGroup(long groupId, String name, GroupKind kind, Long parentId, String terms) {
        jdbc.sql("""
                        UPDATE governance_group SET name = :name, kind = :kind, parent_id = :parent,
                          terms_of_reference = :terms
                        WHERE id = :id
                        """)
                .param("name", name)
                .param("kind", kind.name())
                .param("parent", parentId)
                .param("terms", terms)
                .param("id", groupId)
                .update();
    }

    List<GroupMember> members(long groupId) {
        return jdbc.sql("""
                        SELECT id, group_id, person_name, organisation_id, role, elected_member, from_date, to_date
                        FROM group_member WHERE group_id = :g ORDER BY lower(person_name), id
                        """)
                .param("g", groupId)
                .query(GovernanceRepository::member)
                .list();
    }

    long insertMember(long groupId, GroupMember m) {
        return jdbc.sql("""
                        INSERT INTO group_member
                          (group_id, person_name, organisation_id, role, elected_member, from_date, to_date)
                        VALUES (:g, :name, :org, :role, :elected, :from, :to) RETURNING id
                        """)
                .param("g", groupId)
                .param("name", m.personName())
                .param("org", m.organisationId())
                .param("role", m.role())
                .param("elected", m.electedMember())
                .param("from", m.fromDate())
                .param("to", m.toDate())
                .query(Long.class)
                .single();
    }

    void updateMember(GroupMember m) {
        jdbc.sql("""
                        UPDATE group_member SET person_name = :name, organisation_id = :org, role = :role,
                          elected_member = :elected, from_date = :from, to_date = :to
                        WHERE id = :id
                        """)
                .param("name", m.personName())
                .param("org", m.organisationId())
                .param("role", m.role())
                .param("elected", m.electedMember())
                .param("from", m.fromDate())
                .param("to", m.toDate())
                .param("id", m.id())
                .update();
    }

    List<Meeting> meetings(long groupId) {
        return jdbc.sql("SELECT " + MEETING_COLUMNS
                        + " FROM meeting m WHERE m.group_id = :g ORDER BY m.starts_at, m.id")
                .param("g", groupId)
                .query(GovernanceRepository::meeting)
                .list();
    }

    List<Meeting> partnershipMeetings(long partnershipId) {
        return jdbc.sql("SELECT " + MEETING_COLUMNS + """
                         FROM meeting m JOIN governance_group g ON g.id = m.group_id
                         WHERE g.partnership_id = :p ORDER BY m.starts_at, m.id
                        """)
                .param("p", partnershipId)
                .query(GovernanceRepository::meeting)
                .list();
    }

    /** The meeting if it belongs to the partnership; with {@code lock}, locked until the transaction ends. */
    Optional<Meeting> meeting(long partnershipId, long meetingId, boolean lock) {
        return jdbc.sql("SELECT " + MEETING_COLUMNS + """
                         FROM meeting m JOIN governance_group g ON g.id = m.group_id
                         WHERE m.id = :id AND g.partnership_id = :p
                        """ + (lock ? " FOR UPDATE OF m" : ""))
                .param("id", meetingId)
                .param("p", partnershipId)
                .query(GovernanceRepository::meeting)
                .optional();
    }

    long insertMeeting(long groupId, LocalDateTime startsAt, String place, MeetingKind kind, MeetingStatus status) {
        return jdbc.sql("""
                        INSERT INTO meeting (group_id, starts_at, place, kind, status)
                        VALUES (:g, :at, :place, :kind, :status) RETURNING id
                        """)
                .param("g", groupId)
                .param("at", Timestamp.valueOf(startsAt))
                .param("place", place)
                .param("kind", kind.name())
                .param("status", status.name())
                .query(Long.class)
                .single();
    }

    void updateMeeting(Meeting m) {
        jdbc.sql("UPDATE meeting SET starts_at = :at, place = :place, kind = :kind, status = :status WHERE id = :id")
                .param("at", Timestamp.valueOf(m.startsAt()))
                .param("place", m.place())
                .param("kind", m.kind().name())
                .param("status", m.status().name())
                .param("id", m.id())
                .update();
    }

    Map<Long, Attendance> attendance(long meetingId) {
        var result = new java.util.LinkedHashMap<Long, Attendance>();
        jdbc.sql("SELECT member_id, attendance FROM meeting_attendance WHERE meeting_id = :m")
                .param("m", meetingId)
                .query(rs -> {
                    result.put(rs.getLong("member_id"), Attendance.valueOf(rs.getString("attendance")));
                });
        return result;
    }

    void replaceAttendance(long meetingId, Map<Long, Attendance> attendance) {
        jdbc.sql("DELETE FROM meeting_attendance WHERE meeting_id = :m")
                .param("m", meetingId)
                .update();
        attendance.forEach((member, kind) -> jdbc.sql("""
                        INSERT INTO meeting_attendance (meeting_id, member_id, attendance) VALUES (:m, :member, :a)
                        """)
                .param("m", meetingId)
                .param("member", member)
                .param("a", kind.name())
                .update());
    }

    List<AgendaItem> agenda(long meetingId) {
        return jdbc.sql(
                        "SELECT id, meeting_id, position, text FROM agenda_item WHERE meeting_id = :m ORDER BY position")
                .param("m", meetingId)
                .query((rs, row) -> new AgendaItem(
                        rs.getLong("id"), rs.getLong("meeting_id"), rs.getInt("position"), rs.getString("text")))
                .list();
    }

    /** Adds an item at the position (1 first), moving later items down. */
    long insertAgendaItem(long meetingId, int position, String text) {
        jdbc.sql("UPDATE agenda_item SET position = position + 1 WHERE meeting_id = :m AND position >= :pos")
                .param("m", meetingId)
                .param("pos", position)
                .update();
        return jdbc.sql("INSERT INTO agenda_item (meeting_id, position, text) VALUES (:m, :pos, :text) RETURNING id")
                .param("m", meetingId)
                .param("pos", position)
                .param("text", text)
                .query(Long.class)
                .single();
    }

    List<Decision> decisions(long meetingId) {
        return jdbc.sql("""
                        SELECT id, meeting_id, agenda_item_id, text, recorded_by, recorded_at FROM decision
                        WHERE meeting_id = :m ORDER BY id
                        """)
                .param("m", meetingId)
                .query((rs, row) -> new Decision(
                        rs.getLong("id"),
                        rs.getLong("meeting_id"),
                        (Long) rs.getObject("agenda_item_id"),
                        rs.getString("text"),
                        rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    long insertDecision(long meetingId, Long agendaItemId, String text, String by) {
        return jdbc.sql("""
                        INSERT INTO decision (meeting_id, agenda_item_id, text, recorded_by)
                        VALUES (:m, :item, :text, :by) RETURNING id
                        """)
                .param("m", meetingId)
                .param("item", agendaItemId)
                .param("text", text)
                .param("by", by)
                .query(Long.class)
                .single();
    }

    List<ActionItem> actionsRaisedAt(long meetingId) {
        return jdbc.sql("SELECT " + ACTION_COLUMNS + " FROM action_item a WHERE a.meeting_id = :m ORDER BY a.id")
                .param("m", meetingId)
                .query(GovernanceRepository::action)
                .list();
    }

    /**
     * The actions carried into a meeting: raised at an earlier meeting of the same group and not closed (done or
     * dropped) at a meeting before this one. An action closed at this meeting is still listed, with that update.
     */
    List<ActionItem> actionsCarriedInto(Meeting meeting) {
        return jdbc.sql("SELECT " + ACTION_COLUMNS + """
                         FROM action_item a JOIN meeting r ON r.id = a.meeting_id
                         WHERE r.group_id = :g AND (r.starts_at, r.id) < (:at, :m)
                           AND NOT EXISTS (
                             SELECT 1 FROM action_update u JOIN meeting um ON um.id = u.meeting_id
                             WHERE u.action_id = a.id AND u.status <> 'OPEN' AND (um.starts_at, um.id) < (:at, :m))
                           AND (a.status = 'OPEN' OR EXISTS (
                             SELECT 1 FROM action_update u2 JOIN meeting um2 ON um2.id = u2.meeting_id
                             WHERE u2.action_id = a.id AND (um2.starts_at, um2.id) >= (:at, :m)))
                         ORDER BY a.due_on NULLS LAST, a.id
                        """)
                .param("g", meeting.groupId())
                .param("at", Timestamp.valueOf(meeting.startsAt()))
                .param("m", meeting.id())
                .query(GovernanceRepository::action)
                .list();
    }

    /** The action if it belongs to the partnership; with {@code lock}, locked until the transaction ends. */
    Optional<ActionItem> action(long partnershipId, long actionId, boolean lock) {
        return jdbc.sql("SELECT " + ACTION_COLUMNS + """
                         FROM action_item a JOIN meeting m ON m.id = a.meeting_id
                         JOIN governance_group g ON g.id = m.group_id
                         WHERE a.id = :id AND g.partnership_id = :p
                        """ + (lock ? " FOR UPDATE OF a" : ""))
                .param("id", actionId)
                .param("p", partnershipId)
                .query(GovernanceRepository::action)
                .optional();
    }

    /** The partnership's open actions, overdue first (earliest due first), then by due date, undated last. */
    List<ActionItem> openActions(long partnershipId, LocalDate today, Long groupId, Long organisationId) {
        return jdbc.sql("SELECT " + ACTION_COLUMNS + """
                         FROM action_item a JOIN meeting m ON m.id = a.meeting_id
                         JOIN governance_group g ON g.id = m.group_id
                         WHERE g.partnership_id = :p AND a.status = 'OPEN'
                           AND (CAST(:g AS BIGINT) IS NULL OR g.id = :g)
                           AND (CAST(:o AS BIGINT) IS NULL OR a.owner_organisation_id = :o)
                         ORDER BY CASE WHEN a.due_on < :today THEN 0 ELSE 1 END, a.due_on NULLS LAST, a.id
                        """)
                .param("p", partnershipId)
                .param("g", groupId)
                .param("o", organisationId)
                .param("today", Date.valueOf(today))
                .query(GovernanceRepository::action)
                .list();
    }

    List<ActionItem> partnershipActions(long partnershipId) {
        return jdbc.sql("SELECT " + ACTION_COLUMNS + """
                         FROM action_item a JOIN meeting m ON m.id = a.meeting_id
                         JOIN governance_group g ON g.id = m.group_id
                         WHERE g.partnership_id = :p ORDER BY a.id
                        """)
                .param("p", partnershipId)
                .query(GovernanceRepository::action)
                .list();
    }

    long insertAction(
            long meetingId, String text, String ownerPerson, Long ownerOrganisationId, LocalDate dueOn, String by) {
        return jdbc.sql("""
                        INSERT INTO action_item
                          (meeting_id, text, owner_person, owner_organisation_id, due_on, status, raised_by)
                        VALUES (:m, :text, :person, :org, :due, 'OPEN', :by) RETURNING id
                        """)
                .param("m", meetingId)
                .param("text", text)
                .param("person", ownerPerson)
                .param("org", ownerOrganisationId)
                .param("due", dueOn)
                .param("by", by)
                .query(Long.class)
                .single();
    }

    long insertUpdate(long actionId, long meetingId, ActionStatus status, String note, String by) {
        jdbc.sql("UPDATE action_item SET status = :s WHERE id = :id")
                .param("s", status.name())
                .param("id", actionId)
                .update();
        return jdbc.sql("""
                        INSERT INTO action_update (action_id, meeting_id, status, note, recorded_by)
                        VALUES (:a, :m, :s, :note, :by) RETURNING id
                        """)
                .param("a", actionId)
                .param("m", meetingId)
                .param("s", status.name())
                .param("note", note)
                .param("by", by)
                .query(Long.class)
                .single();
    }

    /** Every update of the action, oldest first. */
    List<ActionUpdate> updates(long actionId) {
        return jdbc.sql("""
                        SELECT id, action_id, meeting_id, status, note, recorded_by, recorded_at FROM action_update
                        WHERE action_id = :a ORDER BY id
                        """)
                .param("a", actionId)
                .query((rs, row) -> new ActionUpdate(
                        rs.getLong("id"),
                        rs.getLong("action_id"),
                        rs.getLong("meeting_id"),
                        ActionStatus.valueOf(rs.getString("status")),
                        rs.getString("note"),
                        rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    private static Group group(ResultSet rs, int row) throws SQLException {
        return new Group(
                rs.getLong("id"),
                rs.getLong("partnership_id"),
                rs.getString("name"),
                GroupKind.valueOf(rs.getString("kind")),
                (Long) rs.getObject("parent_id"),
                rs.getString("terms_of_reference"));
    }

    private static GroupMember member(ResultSet rs, int row) throws SQLException {
        return new GroupMember(
                rs.getLong("id"),
                rs.getLong("group_id"),
                rs.getString("person_name"),
                (Long) rs.getObject("organisation_id"),
                rs.getString("role"),
                rs.getBoolean("elected_member"),
                date(rs.getDate("from_date")),
                date(rs.getDate("to_date")));
    }

    private static Meeting meeting(ResultSet rs, int row) throws SQLException {
        return new Meeting(
                rs.getLong("id"),
                rs.getLong("group_id"),
                rs.getTimestamp("starts_at").toLocalDateTime(),
                rs.getString("place"),
                MeetingKind.valueOf(rs.getString("kind")),
                MeetingStatus.valueOf(rs.getString("status")));
    }

    private static ActionItem action(ResultSet rs, int row) throws SQLException {
        return new ActionItem(
                rs.getLong("id"),
                rs.getLong("meeting_id"),
                rs.getString("text"),
                rs.getString("owner_person"),
                (Long) rs.getObject("owner_organisation_id"),
                date(rs.getDate("due_on")),
                ActionStatus.valueOf(rs.getString("status")),
                rs.getString("raised_by"));
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
