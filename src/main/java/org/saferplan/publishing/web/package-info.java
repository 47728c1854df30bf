/** View models of the public pages and their charts. */
package org.saferplan.publishing.web;
