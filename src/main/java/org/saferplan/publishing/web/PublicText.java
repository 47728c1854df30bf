package org.saferplan.publishing.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A paragraph or bulleted list of a published plan section. Plans are plain text: blank lines separate paragraphs,
 * lines starting "- " are list items, nothing is read as HTML. A sentence that ends "here: Words" (the printed plan's
 * links) becomes a link when {@code links} knows where the words point.
 */
public record PublicText(boolean list, List<Line> lines) {

    public PublicText {
        lines = List.copyOf(lines);
    }

    /** A line of text, optionally ending in a link ({@code href} null for none). */
    public record Line(String text, String linkText, String href) {

        public boolean linked() {
            return href != null;
        }
    }

    private static final String HERE = "here: ";

    public static List<PublicText> of(String text, Function<String, String> links) {
        var blocks = new ArrayList<PublicText>();
        if (text == null) {
            return blocks;
        }
        var paragraph = new ArrayList<String>();
        var items = new ArrayList<String>();
        for (var raw : text.replace("\r\n", "\n").split("\n")) {
            var line = raw.strip();
            boolean item = line.startsWith("- ") || line.equals("-");
            if (line.isEmpty() || item) {
                flush(blocks, false, paragraph, links);
            }
            if (line.isEmpty() || !item) {
                flush(blocks, true, items, links);
            }
            if (item) {
                items.add(line.substring(1).strip());
            } else if (!line.isEmpty()) {
                paragraph.add(line);
            }
        }
        flush(blocks, false, paragraph, links);
        flush(blocks, true, items, links);
        return blocks;
    }

    private static void flush(
            List<PublicText> blocks, boolean list, List<String> lines, Function<String, String> links) {
        if (lines.isEmpty()) {
            return;
        }
        var parsed = new ArrayList<Line>();
        if (list) {
            lines.forEach(l -> parsed.add(line(l, links)));
        } else {
            parsed.add(line(String.join(" ", lines), links));
        }
        blocks.add(new PublicText(list, parsed));
        lines.clear();
    }

    private static Line line(String text, Function<String, String> links) {
        int at = text.lastIndexOf(HERE);
        if (at >= 0) {
            var words = text.substring(at + HERE.length()).strip();
            var href = links.apply(words);
            if (href != null && !words.isEmpty()) {
                return new Line(text.substring(0, at + HERE.length()), words, href);
            }
        }
        return new Line(text, null, null);
    }
}
