package org.saferplan.evidence;

import java.time.Instant;

/**
 * A partner dataset of a partnership, described as the assessment and performance pages cite it.
 *
 * @param ownerOrganisationId the partner organisation that owns (supplied) the data
 * @param unit what a value is, e.g. "incidents" or "% of referrals"
 * @param additive whether values of several areas may be added up (counts) or not (rates, shares)
 * @param illustrative demo data that is not real, labelled so wherever it shows
 * @param updatedAt when the current version was uploaded, null before the first upload
 */
public record EvidenceDataset(
        long id,
        long partnershipId,
        String title,
        DatasetKind kind,
        String source,
        String licence,
        long ownerOrganisationId,
        String ownerName,
        Sharing sharing,
        String description,
        PeriodType periodType,
        String unit,
        boolean additive,
        boolean illustrative,
        Long currentVersionId,
        Instant updatedAt) {

    /** Whether the data may appear outside the partnership's workspace (public pages, open data). */
    public boolean publishable() {
        return sharing == Sharing.PUBLIC && !illustrative;
    }

    /**
     * Whether published counts of fewer than {@link EvidenceSeries#SMALL_COUNT} must be suppressed: A&amp;E assault
     * counts and modern slavery referrals (SaferPlan's rule, following Cardiff practice and Home Office tables).
     */
    public boolean suppressSmallCounts() {
        return kind == DatasetKind.ASSAULTS || kind == DatasetKind.NRM_REFERRALS;
    }
}
