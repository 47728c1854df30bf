/** police.uk street, outcomes and stop-and-search archive, and the crime statistics computed from it. */
package org.saferplan.crime;
