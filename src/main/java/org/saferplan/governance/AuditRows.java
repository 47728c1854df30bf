package org.saferplan.governance;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.saferplan.audit.AuditEntry;
import org.saferplan.governance.web.AuditRow;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Turns audit entries into rows people can read: UK local time, partnership names, one line per changed value. */
@Component
class AuditRows {

    static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.UK).withZone(UK);

    private final JsonMapper json = JsonMapper.builder().build();

    /**
     * @param partnershipNames names by partnership id; an entry without a partnership is a shared record
     */
    List<AuditRow> rows(List<AuditEntry> entries, Map<Long, String> partnershipNames) {
        return entries.stream()
                .map(entry -> new AuditRow(
                        entry.id(),
                        WHEN.format(entry.occurredAt()),
                        entry.actor(),
                        entry.partnershipId() == null
                                ? "All partnerships"
                                : partnershipNames.getOrDefault(
                                        entry.partnershipId(), "Partnership " + entry.partnershipId()),
                        entry.recordType(),
                        entry.recordId(),
                        capitalised(entry.action()),
                        lines(entry.before()),
                        lines(entry.after())))
                .toList();
    }

    /** Parses the stored JSON values; null stays null. */
    JsonNode parse(String values) {
        if (values == null) {
            return null;
        }
        try {
            return json.readTree(values);
        } catch (JacksonException e) {
            return json.getNodeFactory().stringNode(values);
        }
    }

    private List<String> lines(String values) {
        var node = parse(values);
        if (node == null) {
            return List.of();
        }
        if (!node.isObject()) {
            return List.of(text(node));
        }
        var lines = new ArrayList<String>();
        for (var property : node.properties()) {
            lines.add(property.getKey() + ": " + text(property.getValue()));
        }
        return lines;
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return "none";
        }
        if (node.isArray()) {
            return node.values().stream().map(AuditRows::text).collect(Collectors.joining(", "));
        }
        return node.isString() ? node.asString() : node.toString();
    }

    private static String capitalised(String action) {
        return action == null || action.isEmpty() ? "" : Character.toUpperCase(action.charAt(0)) + action.substring(1);
    }
}
