/** Form objects and view models of the performance pages. */
package org.saferplan.performance.web;
