package org.saferplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.saferplan.web.InvalidInputException;

class PlanVersionTests {

    private static final Instant NOW = Instant.parse("2021-06-01T10:00:00Z");

    private static PlanVersion draft() {
        return new PlanVersion(
                1,
                1,
                "2021-22 refresh",
                FinancialYear.parse("2021-22"),
                VersionStatus.DRAFT,
                null,
                new PlanVersion.Step("casey", NOW),
                null,
                null);
    }

    @Test
    void approvesADraftAndPublishesTheApprovedVersionRecordingWhoAndWhen() {
        var approved = draft().approve("casey", NOW);
        assertThat(approved.status()).isEqualTo(VersionStatus.APPROVED);
        assertThat(approved.approved()).isEqualTo(new PlanVersion.Step("casey", NOW));
        var published = approved.publish("alex", NOW.plusSeconds(60));
        assertThat(published.status()).isEqualTo(VersionStatus.PUBLISHED);
        assertThat(published.approved().by()).isEqualTo("casey");
        assertThat(published.published()).isEqualTo(new PlanVersion.Step("alex", NOW.plusSeconds(60)));
    }

    @Test
    void approvesOnlyFromDraft() {
        var approved = draft().approve("casey", NOW);
        assertThatThrownBy(() -> approved.approve("casey", NOW))
                .isInstanceOf(PlanRuleException.class)
                .hasMessage("Only a draft can be approved. The 2021-22 refresh version is already approved.");
        var published = approved.publish("casey", NOW);
        assertThatThrownBy(() -> published.approve("casey", NOW))
                .isInstanceOf(PlanRuleException.class)
                .hasMessage("Only a draft can be approved. The 2021-22 refresh version is already published.");
    }

    @Test
    void publishesOnlyFromApproved() {
        assertThatThrownBy(() -> draft().publish("casey", NOW))
                .isInstanceOf(PlanRuleException.class)
                .hasMessage("The 2021-22 refresh version must be approved before it can be published.");
        var published = draft().approve("casey", NOW).publish("casey", NOW);
        assertThatThrownBy(() -> published.publish("casey", NOW))
                .isInstanceOf(PlanRuleException.class)
                .hasMessage("The 2021-22 refresh version is already published.");
    }

    @Test
    void refusesEditsUnlessDraft() {
        draft().requireEditable();
        var approved = draft().approve("casey", NOW);
        assertThatThrownBy(approved::requireEditable)
                .isInstanceOf(PlanRuleException.class)
                .hasMessage("The 2021-22 refresh version is approved, so it can no longer be changed."
                        + " Start the next refresh to make changes.");
        assertThatThrownBy(() -> approved.publish("casey", NOW).requireEditable())
                .isInstanceOf(PlanRuleException.class)
                .hasMessageContaining("is published, so it can no longer be changed");
    }

    @Test
    void readsFinancialYearsAsConsecutiveYears() {
        assertThat(FinancialYear.parse("2021-22").startYear()).isEqualTo(2021);
        assertThat(FinancialYear.parse(" 2099-00 ").toString()).isEqualTo("2099-00");
        assertThat(FinancialYear.parse("2021-22").next().toString()).isEqualTo("2022-23");
        assertThat(FinancialYear.parse("2021-22").within(2020, 2023)).isTrue();
        assertThat(FinancialYear.parse("2020-21").within(2020, 2023)).isTrue();
        assertThat(FinancialYear.parse("2023-24").within(2020, 2023)).isFalse();
        assertThat(FinancialYear.parse("2019-20").within(2020, 2023)).isFalse();
    }

    @Test
    void rejectsMalformedFinancialYears() {
        assertThatThrownBy(() -> FinancialYear.parse("2021-23"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("The financial year must be two consecutive years, like 2021-22");
        assertThatThrownBy(() -> FinancialYear.parse("2021/22"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Enter the financial year in the form 2021-22");
        assertThatThrownBy(() -> FinancialYear.parse(""))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Enter the financial year, like 2021-22");
        assertThatThrownBy(() -> FinancialYear.parse("21-22")).isInstanceOf(InvalidInputException.class);
    }
}
