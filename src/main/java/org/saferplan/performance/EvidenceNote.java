package org.saferplan.performance;

import java.time.LocalDate;

/** Dated evidence for a measure that cannot be counted, e.g. "Joint operation Aidant carried out in May". */
record EvidenceNote(long id, LocalDate notedOn, String note, String author) {}
