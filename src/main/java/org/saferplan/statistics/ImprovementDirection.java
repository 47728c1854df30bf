package org.saferplan.statistics;

import java.util.Locale;

/** Which way a measure should move to be better; for crime volumes that is {@link #DECREASE}. */
public enum ImprovementDirection {
    INCREASE(1),
    DECREASE(-1),
    NEUTRAL(0);

    private final int sign;

    ImprovementDirection(int sign) {
        this.sign = sign;
    }

    /** +1 when higher is better, −1 when lower is better, 0 when neither. */
    public int sign() {
        return sign;
    }

    /** The name partners send and receive: {@code increase}, {@code decrease} or {@code neutral}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The direction for a code, or an IllegalArgumentException naming the three allowed. */
    public static ImprovementDirection fromCode(String code) {
        for (var direction : values()) {
            if (direction.code().equals(code)) {
                return direction;
            }
        }
        throw new IllegalArgumentException("Improvement must be increase, decrease or neutral, not " + code);
    }
}
