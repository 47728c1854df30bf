/**
 * Sign-in, people and their roles in each partnership, API tokens, and the access rules that every page and API
 * endpoint goes through ({@link org.saferplan.security.SecurityConfiguration}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
package org.saferplan.security;
