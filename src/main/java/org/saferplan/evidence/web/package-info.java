/** Form objects and view models of the evidence pages. */
package org.saferplan.evidence.web;
