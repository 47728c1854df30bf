/**
 * Form objects and view models of the plan pages. Public only so the precompiled templates can read them; as a
 * sub-package of the module they are internal to it.
 */
package org.saferplan.plan.web;
