package org.saferplan.governance;

import java.util.List;
import java.util.Map;

/**
 * A Community Safety Partnership: every plan, survey, piece of evidence and meeting belongs to one.
 *
 * @param slug the partnership's name in addresses, e.g. {@code dorset} in {@code /partnerships/dorset}
 * @param area its local authorities; the partnership's area is their union
 */
public record Partnership(long id, String slug, String name, List<LocalAuthorityCode> area) {

    public Partnership {
        area = List.copyOf(area);
    }

    Map<String, Object> auditValues() {
        return Map.of(
                "slug",
                slug,
                "name",
                name,
                "area",
                area.stream().map(LocalAuthorityCode::value).toList());
    }
}
