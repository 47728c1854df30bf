/**
 * Form objects and view models of the governance pages. Public only so the precompiled templates can read them;
 * as a sub-package of the module they are internal to it.
 */
package org.saferplan.governance.web;
