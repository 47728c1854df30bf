/**
 * The GOV.UK page shell every module's pages live in: layout, navigation, error pages, form error summaries.
 * It depends on no other module; what the navigation shows for a signed-in person comes from a {@link
 * org.saferplan.web.SignedInUserResolver} that the security module provides.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell")
package org.saferplan.web;
