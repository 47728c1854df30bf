package org.saferplan;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(SaferplanApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void everyModuleOfTheDesignExists() {
        var names = modules.stream()
                .map(module -> module.getIdentifier().toString())
                .toList();
        org.assertj.core.api.Assertions.assertThat(names)
                .contains(
                        "areas",
                        "crime",
                        "surveys",
                        "evidence",
                        "assessment",
                        "plan",
                        "performance",
                        "governance",
                        "publishing",
                        "security",
                        "audit",
                        "web");
    }
}
