package org.saferplan.performance;

import java.time.Instant;

/** A period where the analyst starts a new baseline (new mean and process limits), and why. */
record Rebase(String period, String reason, String by, Instant at) {}
