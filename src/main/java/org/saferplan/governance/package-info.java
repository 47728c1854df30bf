/**
 * Partnerships (the tenants of SaferPlan) and their partner organisations; later also people, groups, meetings,
 * decisions and the action log.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Governance")
package org.saferplan.governance;
