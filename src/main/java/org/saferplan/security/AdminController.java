package org.saferplan.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /admin}: where administrators find the pages that manage the whole SaferPlan. */
@Controller
class AdminController {

    @GetMapping("/admin")
    String index() {
        return "security/admin";
    }
}
