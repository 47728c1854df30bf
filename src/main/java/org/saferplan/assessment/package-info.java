/** The Partnership Strategic Assessment: themes, scoring matrix, ranking and agreed priorities. */
package org.saferplan.assessment;
