package org.saferplan.evidence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.saferplan.audit.AuditTrail;
import org.saferplan.evidence.web.DatasetForm;
import org.saferplan.governance.Partnerships;
import org.saferplan.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * A partnership's datasets: creating one from its first file, uploading new versions, reading them. An upload is
 * read and checked whole before anything is written; then the version, its values and the dataset's pointer to it
 * are written in one transaction with the audit entry, so readers see the old series or the new, never a mix. A file
 * identical (SHA-256) to the current version changes nothing.
 */
@Service
class Datasets {

    static final String RECORD_TYPE = "evidence dataset";

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate template;
    private final AuditTrail audit;
    private final Partnerships partnerships;
    private final Map<DatasetKind, Importer> importers = new LinkedHashMap<>();

    Datasets(
            JdbcClient jdbc,
            org.springframework.jdbc.core.JdbcTemplate template,
            AuditTrail audit,
            Partnerships partnerships,
            List<Importer> importers) {
        this.jdbc = jdbc;
        this.template = template;
        this.audit = audit;
        this.partnerships = partnerships;
        importers.forEach(importer -> this.importers.put(importer.kind(), importer));
    }

    /** One upload of a dataset. */
    record Version(
            long id,
            String fileName,
            String sha256,
            int values,
            List<String> notes,
            Instant uploadedAt,
            String uploadedBy) {}

    /** What an upload did. */
    record Result(EvidenceDataset dataset, boolean changed, int values, List<String> notes) {}

    private static final String SELECT = """
            SELECT d.*, o.name AS owner_name, v.uploaded_at AS updated_at
            FROM evidence_dataset d JOIN organisation o ON o.id = d.owner_organisation_id
            LEFT JOIN evidence_version v ON v.id = d.current_version_id
            """;

    List<EvidenceDataset> all(long partnershipId) {
        return jdbc.sql(SELECT + " WHERE d.partnership_id = :p ORDER BY lower(d.title)")
                .param("p", partnershipId)
                .query(Datasets::dataset)
                .list();
    }

    Optional<EvidenceDataset> find(long partnershipId, long id) {
        return jdbc.sql(SELECT + " WHERE d.partnership_id = :p AND d.id = :id")
                .param("p", partnershipId)
                .param("id", id)
                .query(Datasets::dataset)
                .optional();
    }

    /** The dataset of this partnership, or 404: another partnership's id is not found. */
    EvidenceDataset get(long partnershipId, long id) {
        return find(partnershipId, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    List<Version> versions(long datasetId) {
        return jdbc.sql("""
                        SELECT id, file_name, sha256, value_count, notes, uploaded_at, uploaded_by
                        FROM evidence_version WHERE dataset_id = :d ORDER BY id DESC
                        """)
                .param("d", datasetId)
                .query((rs, row) -> new Version(
                        rs.getLong("id"),
                        rs.getString("file_name"),
                        rs.getString("sha256"),
                        rs.getInt("value_count"),
                        Arrays.asList((String[]) rs.getArray("notes").getArray()),
                        rs.getTimestamp("uploaded_at").toInstant(),
                        rs.getString("uploaded_by")))
                .list();
    }

    /** The values of the dataset's current version, in area, breakdown and period order. */
    List<EvidencePoint> points(EvidenceDataset dataset) {
        if (dataset.currentVersionId() == null) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT area_code, period, starts_on, dimension, category, value, numerator, denominator
                        FROM evidence_value WHERE version_id = :v
                        ORDER BY dimension, category, area_code, starts_on
                        """)
                .param("v", dataset.currentVersionId())
                .query(Datasets::point)
                .list();
    }

    /**
     * The values of one breakdown ("" for the headline series) of the current version for some areas (all when
     * empty), by area and period.
     */
    List<EvidencePoint> points(EvidenceDataset dataset, String dimension, java.util.Collection<String> areas) {
        if (dataset.currentVersionId() == null) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT area_code, period, starts_on, dimension, category, value, numerator, denominator
                        FROM evidence_value WHERE version_id = :v AND dimension = :dimension
                          AND (:all OR area_code IN (:areas))
                        ORDER BY category, area_code, starts_on
                        """)
                .param("v", dataset.currentVersionId())
                .param("dimension", dimension)
                .param("all", areas.isEmpty())
                .param("areas", areas.isEmpty() ? List.of("") : List.copyOf(areas))
                .query(Datasets::point)
                .list();
    }

    /** The breakdowns of the current version, in name order. */
    List<String> dimensions(EvidenceDataset dataset) {
        if (dataset.currentVersionId() == null) {
            return List.of();
        }
        return jdbc.sql("SELECT DISTINCT dimension FROM evidence_value WHERE version_id = :v AND dimension <> ''"
                        + " ORDER BY dimension")
                .param("v", dataset.currentVersionId())
                .query(String.class)
                .list();
    }

    /** The areas of the headline series of the current version. */
    List<String> areas(EvidenceDataset dataset) {
        if (dataset.currentVersionId() == null) {
            return List.of();
        }
        return jdbc.sql("SELECT DISTINCT trim(area_code) FROM evidence_value WHERE version_id = :v AND dimension = ''"
                        + " ORDER BY 1")
                .param("v", dataset.currentVersionId())
                .query(String.class)
                .list();
    }

    static EvidencePoint point(ResultSet rs, int row) throws SQLException {
        return new EvidencePoint(
                rs.getString("area_code").strip(),
                rs.getString("period"),
                rs.getDate("starts_on").toLocalDate(),
                rs.getString("dimension"),
                rs.getString("category"),
                rs.getBigDecimal("value"),
                rs.getBigDecimal("numerator"),
                rs.getBigDecimal("denominator"));
    }

    /** Creates the dataset with its first file; nothing is stored when the form or the file is wrong. */
    @Transactional
    Result create(long partnershipId, DatasetForm raw, UploadedFile file, boolean illustrative) {
        var form = raw.clean();
        var problems = new java.util.ArrayList<InvalidInputException.Problem>();
        if (form.title().isEmpty()) {
            problems.add(new InvalidInputException.Problem("title", "Enter a title"));
        } else if (all(partnershipId).stream().anyMatch(d -> d.title().equalsIgnoreCase(form.title()))) {
            problems.add(new InvalidInputException.Problem(
                    "title",
                    "A dataset called " + form.title()
                            + " already exists: upload a new version on its page, or choose another title"));
        }
        var kind = enumValue(DatasetKind.class, form.kind());
        if (kind == null) {
            problems.add(new InvalidInputException.Problem("kind", "Choose what kind of file it is"));
            kind = DatasetKind.INDICATOR;
        }
        Long ownerId = null;
        try {
            var id = Long.parseLong(form.ownerId());
            ownerId = partnerships.partners(partnershipId).stream()
                            .anyMatch(p -> p.organisation().id() == id)
                    ? id
                    : null;
        } catch (NumberFormatException e) {
            // stays null: reported below
        }
        if (ownerId == null) {
            problems.add(
                    new InvalidInputException.Problem("ownerId", "Choose the partner organisation that owns the data"));
        }
        var sharing = enumValue(Sharing.class, form.sharing());
        if (sharing == null) {
            problems.add(new InvalidInputException.Problem("sharing", "Choose who may see the dataset"));
        }
        var defaults = Defaults.of(kind);
        var periodType =
                form.periodType().isEmpty() ? defaults.periodType() : enumValue(PeriodType.class, form.periodType());
        if (periodType == null) {
            problems.add(new InvalidInputException.Problem("periodType", "Choose the kind of period of the values"));
        }
        var source = form.source().isEmpty() ? defaults.source() : form.source();
        var licence = form.licence().isEmpty() ? defaults.licence() : form.licence();
        if (source.isEmpty()) {
            problems.add(new InvalidInputException.Problem("source", "Enter where the data comes from"));
        }
        if (licence.isEmpty()) {
            problems.add(new InvalidInputException.Problem(
                    "licence", "Enter the licence or the agreement the data" + " is shared under"));
        }
        var unit = form.unit().isEmpty() ? defaults.unit() : form.unit();
        if (unit.isEmpty() && kind == DatasetKind.INDICATOR) {
            problems.add(new InvalidInputException.Problem("unit", "Enter what a value is, for example incidents"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var staged = importers.get(kind).read(file, new ImportSettings(periodType, form.areaCode()));
        boolean additive = kind == DatasetKind.INDICATOR ? "yes".equals(form.additive()) : defaults.additive();
        if (staged.unit() != null && form.unit().isEmpty()) {
            unit = staged.unit();
        }
        long id = jdbc.sql("""
                        INSERT INTO evidence_dataset (partnership_id, title, kind, source, licence,
                            owner_organisation_id, sharing, description, period_type, unit, additive, illustrative)
                        VALUES (:p, :title, :kind, :source, :licence, :owner, :sharing, :description, :periodType,
                            :unit, :additive, :illustrative)
                        RETURNING id
                        """)
                .param("p", partnershipId)
                .param("title", form.title())
                .param("kind", kind.name())
                .param("source", source)
                .param("licence", licence)
                .param("owner", ownerId)
                .param("sharing", sharing.name())
                .param("description", form.description())
                .param("periodType", periodType.name())
                .param("unit", unit)
                .param("additive", additive)
                .param("illustrative", illustrative)
                .query(Long.class)
                .single();
        long versionId = store(id, file, staged);
        var dataset = get(partnershipId, id);
        var after = auditValues(dataset);
        after.putAll(versionValues(file, staged, versionId));
        audit.created(partnershipId, RECORD_TYPE, id, after);
        return new Result(dataset, true, staged.values().size(), staged.notes());
    }

    /** Replaces the dataset's series with the file's, keeping the earlier version; the same file changes nothing. */
    @Transactional
    Result upload(long partnershipId, long datasetId, UploadedFile file, String areaCode) {
        var dataset = get(partnershipId, datasetId);
        var current = versions(datasetId).stream()
                .filter(v -> Long.valueOf(v.id()).equals(dataset.currentVersionId()))
                .findFirst();
        var staged = importers
                .get(dataset.kind())
                .read(
                        file,
                        new ImportSettings(
                                dataset.periodType(),
                                areaCode == null || areaCode.isBlank() ? lastAreaCode(dataset) : areaCode));
        if (current.isPresent() && current.get().sha256().equals(file.sha256())) {
            return new Result(
                    dataset,
                    false,
                    current.get().values(),
                    List.of("The file is the same as the current" + " version ("
                            + current.get().fileName() + "): nothing changed."));
        }
        var before = current.map(v -> versionValues(v)).orElse(Map.of());
        long versionId = store(datasetId, file, staged);
        audit.updated(partnershipId, RECORD_TYPE, datasetId, before, versionValues(file, staged, versionId));
        return new Result(get(partnershipId, datasetId), true, staged.values().size(), staged.notes());
    }

    /** For a new version of A&amp;E records without an area: the area of the current version's headline. */
    private String lastAreaCode(EvidenceDataset dataset) {
        if (dataset.currentVersionId() == null) {
            return "";
        }
        return jdbc.sql("""
                        SELECT trim(area_code) FROM evidence_value WHERE version_id = :v AND dimension <> ''
                        LIMIT 1
                        """)
                .param("v", dataset.currentVersionId())
                .query(String.class)
                .optional()
                .orElse("");
    }

    private long store(long datasetId, UploadedFile file, Staged staged) {
        long versionId = jdbc.sql("""
                        INSERT INTO evidence_version (dataset_id, file_name, sha256, value_count, notes, uploaded_by)
                        VALUES (:d, :file, :sha, :n, :notes, :by) RETURNING id
                        """)
                .param("d", datasetId)
                .param("file", file.name())
                .param("sha", file.sha256())
                .param("n", staged.values().size())
                .param("notes", staged.notes().toArray(String[]::new))
                .param("by", AuditTrail.currentActor())
                .query(Long.class)
                .single();
        // Arrays through unnest: one statement per 10,000 values, an order of magnitude faster than JDBC batches.
        var values = staged.values();
        for (int from = 0; from < values.size(); from += 10_000) {
            var chunk = values.subList(from, Math.min(values.size(), from + 10_000));
            template.execute((java.sql.Connection con) -> {
                try (var insert = con.prepareStatement("""
                        INSERT INTO evidence_value (version_id, area_code, period, starts_on, dimension, category,
                            value, numerator, denominator)
                        SELECT ?, * FROM unnest(?::text[], ?::text[], ?::date[], ?::text[], ?::text[], ?::numeric[],
                            ?::numeric[], ?::numeric[])
                        """)) {
                    insert.setLong(1, versionId);
                    insert.setArray(
                            2,
                            con.createArrayOf(
                                    "text",
                                    chunk.stream().map(Staged.Value::areaCode).toArray()));
                    insert.setArray(
                            3,
                            con.createArrayOf(
                                    "text",
                                    chunk.stream().map(v -> v.period().text()).toArray()));
                    insert.setArray(
                            4,
                            con.createArrayOf(
                                    "date",
                                    chunk.stream()
                                            .map(v -> java.sql.Date.valueOf(
                                                    v.period().startsOn()))
                                            .toArray()));
                    insert.setArray(
                            5,
                            con.createArrayOf(
                                    "text",
                                    chunk.stream().map(Staged.Value::dimension).toArray()));
                    insert.setArray(
                            6,
                            con.createArrayOf(
                                    "text",
                                    chunk.stream().map(Staged.Value::category).toArray()));
                    insert.setArray(
                            7,
                            con.createArrayOf(
                                    "numeric",
                                    chunk.stream().map(Staged.Value::value).toArray()));
                    insert.setArray(
                            8,
                            con.createArrayOf(
                                    "numeric",
                                    chunk.stream().map(Staged.Value::numerator).toArray()));
                    insert.setArray(
                            9,
                            con.createArrayOf(
                                    "numeric",
                                    chunk.stream()
                                            .map(Staged.Value::denominator)
                                            .toArray()));
                    return insert.executeUpdate();
                }
            });
        }
        jdbc.sql("UPDATE evidence_dataset SET current_version_id = :v WHERE id = :d")
                .param("v", versionId)
                .param("d", datasetId)
                .update();
        return versionId;
    }

    private static Map<String, Object> versionValues(UploadedFile file, Staged staged, long versionId) {
        var values = new LinkedHashMap<String, Object>();
        values.put("version", versionId);
        values.put("file", file.name());
        values.put("sha256", file.sha256());
        values.put("values", staged.values().size());
        return values;
    }

    private static Map<String, Object> versionValues(Version version) {
        var values = new LinkedHashMap<String, Object>();
        values.put("version", version.id());
        values.put("file", version.fileName());
        values.put("sha256", version.sha256());
        values.put("values", version.values());
        return values;
    }

    private static Map<String, Object> auditValues(EvidenceDataset d) {
        var values = new LinkedHashMap<String, Object>();
        values.put("title", d.title());
        values.put("kind", d.kind().name());
        values.put("source", d.source());
        values.put("licence", d.licence());
        values.put("owner", d.ownerName());
        values.put("sharing", d.sharing().name());
        values.put("description", d.description());
        values.put("periodType", d.periodType().name());
        values.put("unit", d.unit());
        values.put("additive", d.additive());
        values.put("illustrative", d.illustrative());
        return values;
    }

    private static EvidenceDataset dataset(ResultSet rs, int row) throws SQLException {
        var updated = rs.getTimestamp("updated_at");
        return new EvidenceDataset(
                rs.getLong("id"),
                rs.getLong("partnership_id"),
                rs.getString("title"),
                DatasetKind.valueOf(rs.getString("kind")),
                rs.getString("source"),
                rs.getString("licence"),
                rs.getLong("owner_organisation_id"),
                rs.getString("owner_name"),
                Sharing.valueOf(rs.getString("sharing")),
                rs.getString("description"),
                PeriodType.valueOf(rs.getString("period_type")),
                rs.getString("unit"),
                rs.getBoolean("additive"),
                rs.getBoolean("illustrative"),
                (Long) rs.getObject("current_version_id"),
                updated == null ? null : updated.toInstant());
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String name) {
        try {
            return name == null || name.isEmpty() ? null : Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** What each kind of dataset is unless the form says otherwise. */
    record Defaults(PeriodType periodType, String source, String licence, String unit, boolean additive) {

        static final String OGL = "Open Government Licence v3.0";

        static Defaults of(DatasetKind kind) {
            return switch (kind) {
                case INDICATOR -> new Defaults(null, "", "", "", true);
                case FLY_TIPPING ->
                    new Defaults(
                            PeriodType.FINANCIAL_YEAR,
                            "Defra, WasteDataFlow: fly-tipping"
                                    + " incidents and actions reported by local authorities in England",
                            OGL,
                            "",
                            true);
                case ASSAULTS ->
                    new Defaults(
                            PeriodType.MONTH,
                            "Emergency department assault records (ISB 1594"
                                    + " Information Sharing to Tackle Violence minimum data set)",
                            "Shared under the" + " partnership's information sharing agreement",
                            "assault attendances",
                            true);
                case NRM_REFERRALS ->
                    new Defaults(
                            PeriodType.QUARTER,
                            "Home Office, National Referral Mechanism" + " statistics",
                            OGL,
                            "% of referrals from first responders other than the police",
                            false);
            };
        }
    }
}
