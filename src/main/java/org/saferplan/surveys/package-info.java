/** Residents' surveys, citizens' panels and external surveys, with their statistics. */
package org.saferplan.surveys;
