package org.saferplan.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.saferplan.audit.AuditTrail;
import org.saferplan.web.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** People who sign in, and their roles in partnerships. Every change is audited; passwords only as hashes. */
@Service
public class UserAccounts {

    static final String RECORD_TYPE = "user";
    static final String MEMBERSHIP_RECORD_TYPE = "membership";
    static final int MIN_PASSWORD_LENGTH = 12;

    private static final String COLUMNS = "id, username, display_name, administrator, demo_only, enabled";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final PasswordEncoder passwords;

    UserAccounts(JdbcClient jdbc, AuditTrail audit, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.passwords = passwords;
    }

    public List<UserAccount> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user ORDER BY username")
                .query(UserAccounts::map)
                .list();
    }

    public Optional<UserAccount> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE id = :id")
                .param("id", id)
                .query(UserAccounts::map)
                .optional();
    }

    public Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE username = :username")
                .param("username", normalise(username))
                .query(UserAccounts::map)
                .optional();
    }

    @Transactional
    public UserAccount create(
            String username, String displayName, String password, boolean administrator, boolean demoOnly) {
        var cleanUsername = normalise(username);
        if (!cleanUsername.matches("^[a-z0-9][a-z0-9._-]{1,62}$")) {
            throw new InvalidInputException(
                    "username",
                    "Enter a username of 2 to 63 characters: lower-case letters, digits, dots, hyphens and"
                            + " underscores, starting with a letter or digit");
        }
        if (findByUsername(cleanUsername).isPresent()) {
            throw new InvalidInputException("username", "The username " + cleanUsername + " is already taken");
        }
        var cleanName = requireDisplayName(displayName);
        requireStrongPassword(password);
        long id = jdbc.sql("""
                        INSERT INTO app_user (username, display_name, password_hash, administrator, demo_only)
                        VALUES (:username, :name, :hash, :admin, :demo) RETURNING id
                        """)
                .param("username", cleanUsername)
                .param("name", cleanName)
                .param("hash", passwords.encode(password))
                .param("admin", administrator)
                .param("demo", demoOnly)
                .query(Long.class)
                .single();
        var created = new UserAccount(id, cleanUsername, cleanName, administrator, demoOnly, true);
        audit.created(null, RECORD_TYPE, id, created.auditValues());
        return created;
    }

    @Transactional
    public UserAccount update(long id, String displayName, boolean administrator, boolean enabled) {
        var before = find(id).orElseThrow(() -> new InvalidInputException("", "That user no longer exists"));
        var cleanName = requireDisplayName(displayName);
        jdbc.sql("UPDATE app_user SET display_name = :name, administrator = :admin, enabled = :enabled WHERE id = :id")
                .param("name", cleanName)
                .param("admin", administrator)
                .param("enabled", enabled)
                .param("id", id)
                .update();
        var after = new UserAccount(id, before.username(), cleanName, administrator, before.demoOnly(), enabled);
        audit.updated(null, RECORD_TYPE, id, before.auditValues(), after.auditValues());
        return after;
    }

    @Transactional
    public void changePassword(long id, String password) {
        var account = find(id).orElseThrow(() -> new InvalidInputException("", "That user no longer exists"));
        requireStrongPassword(password);
        jdbc.sql("UPDATE app_user SET password_hash = :hash WHERE id = :id")
                .param("hash", passwords.encode(password))
                .param("id", id)
                .update();
        // The audit records that the password changed, never the password or its hash.
        audit.updated(null, RECORD_TYPE, account.id(), Map.of("password", "(set)"), Map.of("password", "(changed)"));
    }

    public List<Membership> memberships(long userId) {
        return jdbc.sql("""
                        SELECT m.partnership_id, p.slug, p.name, m.role, m.organisation_id, o.name AS organisation
                        FROM user_membership m
                          JOIN partnership p ON p.id = m.partnership_id
                          LEFT JOIN organisation o ON o.id = m.organisation_id
                        WHERE m.user_id = :user
                        ORDER BY p.name
                        """)
                .param("user", userId)
                .query((rs, row) -> new Membership(
                        rs.getLong("partnership_id"),
                        rs.getString("slug"),
                        rs.getString("name"),
                        Role.valueOf(rs.getString("role")),
                        (Long) rs.getObject("organisation_id"),
                        rs.getString("organisation")))
                .list();
    }

    public Optional<Membership> membership(long userId, long partnershipId) {
        return memberships(userId).stream()
                .filter(m -> m.partnershipId() == partnershipId)
                .findFirst();
    }

    /** Gives the person a role in the partnership (replacing any role they had there). */
    @Transactional
    public void setMembership(long userId, long partnershipId, Role role, Long organisationId) {
        var user = find(userId).orElseThrow(() -> new InvalidInputException("", "That user no longer exists"));
        var before = membership(userId, partnershipId);
        jdbc.sql("""
                        INSERT INTO user_membership (user_id, partnership_id, role, organisation_id)
                        VALUES (:user, :partnership, :role, :organisation)
                        ON CONFLICT (user_id, partnership_id)
                        DO UPDATE SET role = :role, organisation_id = :organisation
                        """)
                .param("user", userId)
                .param("partnership", partnershipId)
                .param("role", role.name())
                .param("organisation", organisationId)
                .update();
        var after = membership(userId, partnershipId).orElseThrow();
        var recordId = userId + "/" + partnershipId;
        if (before.isPresent()) {
            audit.updated(
                    partnershipId,
                    MEMBERSHIP_RECORD_TYPE,
                    recordId,
                    auditValues(user, before.get()),
                    auditValues(user, after));
        } else {
            audit.created(partnershipId, MEMBERSHIP_RECORD_TYPE, recordId, auditValues(user, after));
        }
    }

    @Transactional
    public void removeMembership(long userId, long partnershipId) {
        var user = find(userId).orElseThrow(() -> new InvalidInputException("", "That user no longer exists"));
        var before = membership(userId, partnershipId);
        if (before.isEmpty()) {
            return;
        }
        jdbc.sql("DELETE FROM user_membership WHERE user_id = :user AND partnership_id = :partnership")
                .param("user", userId)
                .param("partnership", partnershipId)
                .update();
        audit.deleted(
                partnershipId, MEMBERSHIP_RECORD_TYPE, userId + "/" + partnershipId, auditValues(user, before.get()));
    }

    /** The account and its password hash, for sign-in only. */
    Optional<SignedInUser> signInDetails(String username) {
        return jdbc.sql("SELECT " + COLUMNS + ", password_hash FROM app_user WHERE username = :username")
                .param("username", normalise(username))
                .query((rs, row) -> new SignedInUser(map(rs, row), rs.getString("password_hash")))
                .optional();
    }

    boolean anyAdministrator() {
        return jdbc.sql("SELECT count(*) FROM app_user WHERE administrator AND enabled")
                        .query(Long.class)
                        .single()
                > 0;
    }

    static void requireStrongPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidInputException(
                    "password", "Enter a password of at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (password.length() > 256) {
            throw new InvalidInputException("password", "Enter a password of 256 characters or fewer");
        }
    }

    private static String requireDisplayName(String displayName) {
        var clean = displayName == null ? "" : displayName.strip();
        if (clean.isEmpty()) {
            throw new InvalidInputException("displayName", "Enter the person's full name");
        }
        if (clean.length() > 200) {
            throw new InvalidInputException("displayName", "The name must be 200 characters or fewer");
        }
        return clean;
    }

    private static Map<String, Object> auditValues(UserAccount user, Membership membership) {
        var values = new HashMap<String, Object>();
        values.put("username", user.username());
        values.put("partnership", membership.partnershipName());
        values.put("role", membership.role().name());
        values.put("organisation", membership.organisationName());
        return values;
    }

    private static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static UserAccount map(ResultSet rs, int row) throws SQLException {
        return new UserAccount(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getBoolean("administrator"),
                rs.getBoolean("demo_only"),
                rs.getBoolean("enabled"));
    }
}
