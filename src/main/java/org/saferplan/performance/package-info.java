/** Indicator series, Making Data Count statistical process control, action updates and performance packs. */
package org.saferplan.performance;
