/**
 * The audit trail: who changed which record of partnership data, when, and its values before and after.
 * Append-only: the table refuses UPDATE and DELETE, and this module offers no way to change an entry.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.saferplan.audit;
