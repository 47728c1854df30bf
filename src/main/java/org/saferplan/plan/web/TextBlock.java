package org.saferplan.plan.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A paragraph or a bulleted list of a plan's plain text. Coordinators write plain text: blank lines separate
 * paragraphs, and lines starting "- " are list items. Nothing is ever read as HTML.
 *
 * @param list whether the lines are list items rather than one paragraph's lines
 */
public record TextBlock(boolean list, List<String> lines) {

    public TextBlock {
        lines = List.copyOf(lines);
    }

    public String paragraph() {
        return String.join(" ", lines);
    }

    public static List<TextBlock> of(String text) {
        var blocks = new ArrayList<TextBlock>();
        if (text == null) {
            return blocks;
        }
        var paragraph = new ArrayList<String>();
        var items = new ArrayList<String>();
        for (var raw : text.replace("\r\n", "\n").split("\n")) {
            var line = raw.strip();
            boolean item = line.startsWith("- ") || line.equals("-");
            if (line.isEmpty() || item) {
                flush(blocks, false, paragraph);
            }
            if (line.isEmpty() || !item) {
                flush(blocks, true, items);
            }
            if (item) {
                items.add(line.substring(1).strip());
            } else if (!line.isEmpty()) {
                paragraph.add(line);
            }
        }
        flush(blocks, false, paragraph);
        flush(blocks, true, items);
        return blocks;
    }

    private static void flush(List<TextBlock> blocks, boolean list, List<String> lines) {
        if (!lines.isEmpty()) {
            blocks.add(new TextBlock(list, lines));
            lines.clear();
        }
    }
}
