package org.saferplan.assessment;

import java.math.BigDecimal;

/**
 * One dimension of an assessment's scoring matrix.
 *
 * @param role SUM (weight × score adds to the total), FACTOR (the sum is multiplied by the score) or RECORD (shown
 *     beside the total, not part of it)
 * @param rule the rule that suggests scores for it (VOLUME, TREND, HARM, CONCERN) or null
 */
record Dimension(
        String key, String label, String description, BigDecimal weight, String role, String rule, int position) {}
