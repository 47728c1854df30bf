package org.saferplan.plan.web;

import java.util.List;

/** One text section of a version; editHref is null unless the reader may edit it now. */
public record SectionView(String kind, String heading, List<TextBlock> blocks, String editHref) {

    public SectionView {
        blocks = List.copyOf(blocks);
    }
}
