package org.saferplan.governance.web;

import java.util.List;
import org.saferplan.web.Option;

/** The partnership's open actions, overdue first, with the filter as chosen. */
public record ActionLogPage(
        List<ActionRow> rows,
        int overdue,
        List<Option> groups,
        List<Option> organisations,
        String group,
        String organisation) {}
