package org.saferplan.areas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.saferplan.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class AreaScopesTests {

    static final Path ONS = Path.of("..", "shared", "data", "ons");

    @Autowired
    AreaScopes scopes;

    @Test
    void aLocalAuthorityCoversItsLsoasOfBothVintages() throws IOException {
        var dorset = scopes.of("E06000059").orElseThrow();
        var expected = new HashSet<String>();
        expected.addAll(codesWhere("lookup_lsoa11_ltla21.csv", "lsoa11_code", "ltla21_code", "E06000059"));
        expected.addAll(codesWhere("lookup_lsoa21_ward24_ltla24.csv", "lsoa21_code", "ltla24_code", "E06000059"));
        assertThat(dorset.lsoas()).isEqualTo(expected);
        assertThat(dorset.localAuthorities()).containsExactly("E06000059");
        assertThat(dorset.notes()).isEmpty();
    }

    @Test
    void aCspSharingAnAuthorityWithOtherCspsSaysSo() {
        var csp = scopes.of("E22000367").orElseThrow();
        assertThat(csp.localAuthorities()).containsExactlyInAnyOrder("E06000058", "E06000059");
        assertThat(csp.notes())
                .containsExactly("Bournemouth, Christchurch and Poole (E06000058) is listed by ONS"
                        + " against 3 CSPs; figures here cover the whole authority.");
    }

    @Test
    void aPoliceForceAreaIsItsAuthorities() {
        assertThat(scopes.of("E23000039").orElseThrow().localAuthorities())
                .containsExactlyInAnyOrder("E06000058", "E06000059");
    }

    @Test
    void populationUsesTheAuthorityEstimateOfTheYearAndSaysWhich() throws IOException {
        var dorset = scopes.of("E06000059").orElseThrow();
        var mid2020 = scopes.population(dorset, 2020).orElseThrow();
        assertThat(mid2020.population())
                .isEqualTo(Long.parseLong(
                        valueWhere("population20_ltla21.csv", "total_population", "ltla21_code", "E06000059")));
        assertThat(mid2020.basis()).isEqualTo("ONS mid-2020 estimates for 1 local authority");
        assertThat(scopes.population(dorset, 2018).orElseThrow().year()).isEqualTo(2019);
    }

    @Test
    void aWardsPopulationIsTheSumOfItsLsoas() throws IOException {
        var lsoa = codesWhere("lookup_lsoa11_ltla21.csv", "lsoa11_code", "ltla21_code", "E06000059")
                .get(0);
        var ward = valueWhere("lookup_lsoa11_ward17.csv", "ward17_code", "lsoa11_code", lsoa);
        var scope = scopes.of(ward).orElseThrow();
        var lsoasOfWard = codesWhere("lookup_lsoa11_ward17.csv", "lsoa11_code", "ward17_code", ward);
        long expected = 0;
        for (var code : lsoasOfWard) {
            expected += Long.parseLong(
                    valueWhere("population20_lsoa11_totals.csv", "total_population", "lsoa11_code", code));
        }
        var estimate = scopes.population(scope, 2020).orElseThrow();
        assertThat(estimate.population()).isEqualTo(expected);
        assertThat(estimate.basis()).isEqualTo("sum of ONS mid-2020 estimates for " + lsoasOfWard.size() + " LSOAs");
    }

    @Test
    void unknownCodesHaveNoScope() {
        assertThat(scopes.of("E06999999")).isEmpty();
    }

    private static List<String> codesWhere(String file, String column, String keyColumn, String key)
            throws IOException {
        var lines = Files.readAllLines(ONS.resolve(file));
        var header = List.of(lines.get(0).split(","));
        int col = header.indexOf(column);
        int keyCol = header.indexOf(keyColumn);
        return lines.stream()
                .skip(1)
                .map(line -> line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)"))
                .filter(fields -> fields[keyCol].strip().equals(key))
                .map(fields -> fields[col].strip())
                .distinct()
                .toList();
    }

    private static String valueWhere(String file, String column, String keyColumn, String key) throws IOException {
        return codesWhere(file, column, keyColumn, key).get(0);
    }

    static Set<String> set(List<String> values) {
        return new HashSet<>(values);
    }
}
