package org.saferplan.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page and the pages every GOV.UK-style service links from its footer. */
@Controller
class PublicPagesController {

    @GetMapping("/")
    String home() {
        return "web/home";
    }

    @GetMapping("/accessibility")
    String accessibility() {
        return "web/accessibility";
    }

    @GetMapping("/privacy")
    String privacy() {
        return "web/privacy";
    }

    @GetMapping("/cookies")
    String cookies() {
        return "web/cookies";
    }

    @GetMapping("/licence")
    String licence() {
        return "web/licence";
    }
}
