package org.saferplan.governance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.saferplan.audit.AuditTrail;
import org.saferplan.web.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Partner organisations: national, shared by every partnership they work with. */
@Service
public class Organisations {

    static final String RECORD_TYPE = "organisation";

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    Organisations(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public List<Organisation> all() {
        return jdbc.sql("SELECT id, name, type FROM organisation ORDER BY name")
                .query(Organisations::map)
                .list();
    }

    public Optional<Organisation> find(long id) {
        return jdbc.sql("SELECT id, name, type FROM organisation WHERE id = :id")
                .param("id", id)
                .query(Organisations::map)
                .optional();
    }

    public Optional<Organisation> findByName(String name) {
        return jdbc.sql("SELECT id, name, type FROM organisation WHERE lower(name) = lower(:name)")
                .param("name", name.trim())
                .query(Organisations::map)
                .optional();
    }

    @Transactional
    public Organisation create(String name, OrganisationType type) {
        var cleanName = requireName(name, null);
        long id = jdbc.sql("INSERT INTO organisation (name, type) VALUES (:name, :type) RETURNING id")
                .param("name", cleanName)
                .param("type", type.name())
                .query(Long.class)
                .single();
        var created = new Organisation(id, cleanName, type);
        audit.created(null, RECORD_TYPE, id, created.auditValues());
        return created;
    }

    @Transactional
    public Organisation update(long id, String name, OrganisationType type) {
        var before = find(id).orElseThrow(() -> new InvalidInputException("", "That organisation no longer exists"));
        var cleanName = requireName(name, id);
        jdbc.sql("UPDATE organisation SET name = :name, type = :type WHERE id = :id")
                .param("name", cleanName)
                .param("type", type.name())
                .param("id", id)
                .update();
        var after = new Organisation(id, cleanName, type);
        audit.updated(null, RECORD_TYPE, id, before.auditValues(), after.auditValues());
        return after;
    }

    private String requireName(String name, Long exceptId) {
        var clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new InvalidInputException("name", "Enter the organisation's name");
        }
        if (clean.length() > 200) {
            throw new InvalidInputException("name", "The organisation's name must be 200 characters or fewer");
        }
        var existing = findByName(clean);
        if (existing.isPresent() && (exceptId == null || existing.get().id() != exceptId)) {
            throw new InvalidInputException("name", "An organisation called " + clean + " already exists");
        }
        return clean;
    }

    private static Organisation map(ResultSet rs, int row) throws SQLException {
        return new Organisation(rs.getLong("id"), rs.getString("name"), OrganisationType.valueOf(rs.getString("type")));
    }
}
