package org.saferplan.governance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.saferplan.areas.Geography;
import org.saferplan.audit.AuditTrail;
import org.saferplan.web.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Partnerships, their areas and their partner organisations. Every change is audited. */
@Service
public class Partnerships {

    static final String RECORD_TYPE = "partnership";
    static final String PARTNER_RECORD_TYPE = "partner";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Organisations organisations;
    private final Geography geography;

    Partnerships(JdbcClient jdbc, AuditTrail audit, Organisations organisations, Geography geography) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.organisations = organisations;
        this.geography = geography;
    }

    public List<Partnership> all() {
        return jdbc.sql("SELECT id FROM partnership ORDER BY name").query(Long.class).list().stream()
                .map(id -> find(id).orElseThrow())
                .toList();
    }

    public Optional<Partnership> find(long id) {
        return jdbc.sql("SELECT id, slug, name FROM partnership WHERE id = :id")
                .param("id", id)
                .query(Row::of)
                .optional()
                .map(this::withArea);
    }

    public Optional<Partnership> findBySlug(String slug) {
        return jdbc.sql("SELECT id, slug, name FROM partnership WHERE slug = :slug")
                .param("slug", slug)
                .query(Row::of)
                .optional()
                .map(this::withArea);
    }

    /** The partnership's partner organisations, board members first. */
    public List<Partner> partners(long partnershipId) {
        return jdbc.sql("""
                        SELECT o.id, o.name, o.type, po.membership
                        FROM partnership_organisation po JOIN organisation o ON o.id = po.organisation_id
                        WHERE po.partnership_id = :partnership
                        ORDER BY po.membership, o.name
                        """)
                .param("partnership", partnershipId)
                .query((rs, row) -> new Partner(
                        new Organisation(
                                rs.getLong("id"), rs.getString("name"), OrganisationType.valueOf(rs.getString("type"))),
                        PartnerMembership.valueOf(rs.getString("membership"))))
                .list();
    }

    /** How many partner organisations each partnership has, by partnership id; partnerships with none are absent. */
    public Map<Long, Integer> partnerCounts() {
        var counts = new java.util.HashMap<Long, Integer>();
        jdbc.sql("SELECT partnership_id, count(*) AS partners FROM partnership_organisation GROUP BY partnership_id")
                .query(rs -> {
                    counts.put(rs.getLong("partnership_id"), rs.getInt("partners"));
                });
        return Map.copyOf(counts);
    }

    /** The partnerships the organisation is a partner in, and how, by partnership name. */
    public List<Membership> membershipsOf(long organisationId) {
        return jdbc.sql("""
                        SELECT po.partnership_id, po.membership
                        FROM partnership_organisation po JOIN partnership p ON p.id = po.partnership_id
                        WHERE po.organisation_id = :organisation
                        ORDER BY p.name
                        """)
                .param("organisation", organisationId)
                .query((rs, row) -> new Membership(
                        find(rs.getLong("partnership_id")).orElseThrow(),
                        PartnerMembership.valueOf(rs.getString("membership"))))
                .list();
    }

    /** An organisation's place in one partnership. */
    public record Membership(Partnership partnership, PartnerMembership membership) {}

    @Transactional
    public Partnership create(String name, String slug, String areaCodes) {
        var cleanName = requireName(name, null);
        var cleanSlug = slug == null || slug.isBlank() ? slugOf(cleanName) : slug.strip();
        requireSlug(cleanSlug);
        var area = parseArea(areaCodes);
        long id = jdbc.sql("INSERT INTO partnership (slug, name) VALUES (:slug, :name) RETURNING id")
                .param("slug", cleanSlug)
                .param("name", cleanName)
                .query(Long.class)
                .single();
        saveArea(id, area);
        var created = new Partnership(id, cleanSlug, cleanName, area);
        audit.created(id, RECORD_TYPE, id, created.auditValues());
        return created;
    }

    @Transactional
    public Partnership update(long id, String name, String areaCodes) {
        var before = find(id).orElseThrow(() -> new InvalidInputException("", "That partnership no longer exists"));
        var cleanName = requireName(name, id);
        var area = parseArea(areaCodes);
        jdbc.sql("UPDATE partnership SET name = :name WHERE id = :id")
                .param("name", cleanName)
                .param("id", id)
                .update();
        jdbc.sql("DELETE FROM partnership_area WHERE partnership_id = :id")
                .param("id", id)
                .update();
        saveArea(id, area);
        var after = new Partnership(id, before.slug(), cleanName, area);
        audit.updated(id, RECORD_TYPE, id, before.auditValues(), after.auditValues());
        return after;
    }

    /** Adds the organisation as a partner, or changes how it takes part. */
    @Transactional
    public void setPartner(long partnershipId, long organisationId, PartnerMembership membership) {
        var organisation = organisations
                .find(organisationId)
                .orElseThrow(() -> new InvalidInputException("organisationId", "Choose an organisation"));
        var before = partners(partnershipId).stream()
                .filter(p -> p.organisation().id() == organisationId)
                .findFirst();
        jdbc.sql("""
                        INSERT INTO partnership_organisation (partnership_id, organisation_id, membership)
                        VALUES (:partnership, :organisation, :membership)
                        ON CONFLICT (partnership_id, organisation_id) DO UPDATE SET membership = :membership
                        """)
                .param("partnership", partnershipId)
                .param("organisation", organisationId)
                .param("membership", membership.name())
                .update();
        var after = Map.<String, Object>of("organisation", organisation.name(), "membership", membership.name());
        var recordId = partnershipId + "/" + organisationId;
        if (before.isPresent()) {
            audit.updated(
                    partnershipId,
                    PARTNER_RECORD_TYPE,
                    recordId,
                    Map.of(
                            "organisation",
                            organisation.name(),
                            "membership",
                            before.get().membership().name()),
                    after);
        } else {
            audit.created(partnershipId, PARTNER_RECORD_TYPE, recordId, after);
        }
    }

    @Transactional
    public void removePartner(long partnershipId, long organisationId) {
        var before = partners(partnershipId).stream()
                .filter(p -> p.organisation().id() == organisationId)
                .findFirst();
        if (before.isEmpty()) {
            return;
        }
        jdbc.sql("DELETE FROM partnership_organisation WHERE partnership_id = :p AND organisation_id = :o")
                .param("p", partnershipId)
                .param("o", organisationId)
                .update();
        audit.deleted(
                partnershipId,
                PARTNER_RECORD_TYPE,
                partnershipId + "/" + organisationId,
                Map.of(
                        "organisation",
                        before.get().organisation().name(),
                        "membership",
                        before.get().membership().name()));
    }

    /**
     * Parses local authority codes separated by commas, spaces or new lines. Each must be well formed and, once
     * ONS geography is loaded, a local authority it knows. Every problem is named.
     */
    List<LocalAuthorityCode> parseArea(String areaCodes) {
        var codes = new LinkedHashSet<LocalAuthorityCode>();
        var problems = new ArrayList<String>();
        boolean checkAgainstOns = geography.knowsLocalAuthorities();
        for (var token : (areaCodes == null ? "" : areaCodes).split("[\\s,;]+")) {
            if (token.isBlank()) {
                continue;
            }
            try {
                var code = new LocalAuthorityCode(token);
                if (checkAgainstOns && geography.localAuthority(code.value()).isEmpty()) {
                    problems.add(code.value() + " is not a local authority in the ONS geography loaded in SaferPlan");
                } else {
                    codes.add(code);
                }
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("areaCodes", String.join("; ", problems));
        }
        if (codes.isEmpty()) {
            throw new InvalidInputException(
                    "areaCodes", "Enter at least one local authority code, like E06000059 for Dorset");
        }
        return List.copyOf(codes);
    }

    static String slugOf(String name) {
        var ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        var slug = ascii.toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "partnership" : slug;
    }

    private void requireSlug(String slug) {
        if (!slug.matches("^[a-z0-9]+(-[a-z0-9]+)*$") || slug.length() > 60) {
            throw new InvalidInputException(
                    "slug",
                    "The web address name can contain only lower-case letters, digits and single hyphens,"
                            + " up to 60 characters");
        }
        if (findBySlug(slug).isPresent()) {
            throw new InvalidInputException("slug", "Another partnership already uses the web address name " + slug);
        }
    }

    private String requireName(String name, Long exceptId) {
        var clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new InvalidInputException("name", "Enter the partnership's name");
        }
        if (clean.length() > 200) {
            throw new InvalidInputException("name", "The partnership's name must be 200 characters or fewer");
        }
        var clash = jdbc.sql("SELECT id FROM partnership WHERE lower(name) = lower(:name)")
                .param("name", clean)
                .query(Long.class)
                .optional();
        if (clash.isPresent() && (exceptId == null || clash.get().longValue() != exceptId)) {
            throw new InvalidInputException("name", "A partnership called " + clean + " already exists");
        }
        return clean;
    }

    private void saveArea(long partnershipId, List<LocalAuthorityCode> area) {
        for (var code : area) {
            jdbc.sql("INSERT INTO partnership_area (partnership_id, local_authority_code) VALUES (:p, :code)")
                    .param("p", partnershipId)
                    .param("code", code.value())
                    .update();
        }
    }

    /** A partnership's row. Its area is read after the row, not inside the row mapper: a query inside a mapper
     * needs a second connection while the first is held, which starves the pool under concurrent requests. */
    private record Row(long id, String slug, String name) {

        static Row of(ResultSet rs, int row) throws SQLException {
            return new Row(rs.getLong("id"), rs.getString("slug"), rs.getString("name"));
        }
    }

    private Partnership withArea(Row row) {
        var area = jdbc.sql("""
                        SELECT local_authority_code FROM partnership_area
                        WHERE partnership_id = :id ORDER BY local_authority_code
                        """).param("id", row.id()).query(String.class).list().stream()
                .map(LocalAuthorityCode::new)
                .toList();
        return new Partnership(row.id(), row.slug(), row.name(), area);
    }
}
