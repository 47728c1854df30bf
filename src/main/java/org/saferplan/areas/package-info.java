/** ONS geography: police force area, CSP, local authority, ward, LSOA (2011 and 2021), populations, boundaries. */
package org.saferplan.areas;
