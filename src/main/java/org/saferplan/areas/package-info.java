/**
 * ONS geography, shared by every partnership: LSOAs (2011 and 2021), wards, local authorities, Community Safety
 * Partnerships and police force areas, the lookups between them (many-to-many where ONS says so), and mid-year
 * population estimates. {@link org.saferplan.areas.Geography} answers questions about them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Areas")
package org.saferplan.areas;
