package org.saferplan.performance.web;

import java.util.List;
import org.saferplan.web.Option;

/**
 * Where an indicator's values come from, on its page: a connected feed (label, source note, when last taken) or
 * the choices it could be connected to. Actions are null when the reader may not change the indicator.
 */
public record FeedView(
        String label,
        String sourceNote,
        String refreshed,
        List<Option> choices,
        String connectAction,
        String refreshAction,
        String disconnectAction) {

    public FeedView {
        choices = List.copyOf(choices);
    }

    public boolean connected() {
        return label != null;
    }
}
