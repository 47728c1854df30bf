package org.saferplan.crime;

import java.time.Year;
import org.saferplan.security.ImportAccess;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Crime data: which force-months of which kind the archive holds, for any signed-in person. */
@Controller
class CrimeDataController {

    private final CrimeData data;
    private final ImportAccess importAccess;

    CrimeDataController(CrimeData data, ImportAccess importAccess) {
        this.data = data;
        this.importAccess = importAccess;
    }

    @GetMapping("/crime/data")
    String matrix(@RequestParam(required = false) Integer year, Authentication authentication, Model model) {
        int shown = year != null && year >= 2000 && year <= 2100
                ? year
                : data.years().stream().findFirst().orElse(Year.now().getValue());
        model.addAttribute("matrix", data.matrix(shown));
        model.addAttribute("mayImport", importAccess.allows(authentication));
        return "crime/data";
    }
}
