/** Forms and view models of the survey pages (public so the JTE templates can use them). */
package org.saferplan.surveys.web;
