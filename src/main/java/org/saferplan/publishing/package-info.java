/** Public pages of published plans and statistics, PDF and open data. */
package org.saferplan.publishing;
