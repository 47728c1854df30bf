package org.saferplan.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.saferplan.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The public PDFs: the plan and the performance summary are tagged, embed their fonts, draw charts as vectors. */
@IntegrationTest
class PublicPdfTests {

    @Autowired
    MockMvc mvc;

    private byte[] pdf(String path) throws Exception {
        var result = mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
        assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(result.getRequest().getSession(false)).isNull();
        return result.getResponse().getContentAsByteArray();
    }

    @Test
    void thePlanPdfIsTaggedWithHeadingsAndListsAndEmbedsItsFonts() throws Exception {
        var bytes = pdf("/public/dorset/plan/2021-22-refresh.pdf");
        assertThat(PdfChecks.checkAccessible(bytes)).contains("H1", "H2", "H3", "L", "LI");
        assertThat(PdfChecks.text(bytes))
                .contains("Community Safety Plan 2020-2023", "Modern Slavery and Human" + " Trafficking", "Governance")
                .doesNotContain("Skip to main content");
    }

    @Test
    void thePerformanceSummaryPdfHasVectorChartsAndRealTables() throws Exception {
        var bytes = pdf("/public/dorset/statistics.pdf");
        assertThat(PdfChecks.checkAccessible(bytes)).contains("H1", "Table", "TH", "TD", "Figure");
        assertThat(PdfChecks.text(bytes))
                .contains("Crime by month", "Crime by type", "not the official crime statistics");
    }

    @Test
    void anEarlierVersionHasItsOwnPdfAndAnUnknownOneIsNotFound() throws Exception {
        assertThat(PdfChecks.text(pdf("/public/dorset/plan/2020-21.pdf"))).contains("2020-21");
        mvc.perform(get("/public/dorset/plan/2019-20.pdf")).andExpect(status().isNotFound());
    }
}
