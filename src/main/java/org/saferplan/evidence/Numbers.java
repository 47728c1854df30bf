package org.saferplan.evidence;

import java.math.BigDecimal;

/** Reading numbers from partner files. */
final class Numbers {

    private Numbers() {}

    /** The number the text holds (plain decimal, optional sign), or null when it is not one. */
    static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        var clean = text.strip();
        if (!clean.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?")) {
            return null;
        }
        try {
            return new BigDecimal(clean);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
