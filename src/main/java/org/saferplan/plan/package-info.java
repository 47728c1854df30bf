/** The three-year Community Safety Plan and its yearly refreshes: priorities, activities and measures. */
package org.saferplan.plan;
