package org.saferplan.performance;

import java.math.BigDecimal;

/** One value of an indicator for one period, with an optional note (e.g. "new recording rules"). */
record IndicatorValue(Period period, BigDecimal value, String note) {}
