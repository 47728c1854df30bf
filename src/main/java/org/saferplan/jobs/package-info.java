/**
 * Background work that must run once across all SaferPlan nodes sharing a database: a PostgreSQL advisory lock
 * decides which node does it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Jobs")
package org.saferplan.jobs;
