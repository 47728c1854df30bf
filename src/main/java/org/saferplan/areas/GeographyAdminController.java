package org.saferplan.areas;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.saferplan.web.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/** Administration > Geography: what ONS geography is loaded, and loading more (page and API). */
@Controller
class GeographyAdminController {

    private final Geography geography;
    private final GeographyFiles importer;

    GeographyAdminController(Geography geography, GeographyFiles importer) {
        this.geography = geography;
        this.importer = importer;
    }

    @GetMapping("/admin/geography")
    String page(Model model) {
        return render(model, null, FormErrors.NONE);
    }

    @PostMapping("/admin/geography")
    String upload(
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String year,
            Model model,
            HttpServletResponse response)
            throws IOException {
        if (file == null || file.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(
                    model, null, new FormErrors(List.of(new FormErrors.Item("file", "Choose a CSV or GeoJSON file"))));
        }
        Integer parsedYear = null;
        if (year != null && !year.isBlank()) {
            try {
                parsedYear = Integer.parseInt(year.strip());
            } catch (NumberFormatException e) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                return render(
                        model,
                        null,
                        new FormErrors(List.of(new FormErrors.Item("year", "Enter the year as 4 digits, like 2020"))));
            }
        }
        var result = importer.importFile(file.getOriginalFilename(), file.getBytes(), parsedYear);
        if (!result.succeeded()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            var items = result.problems().stream()
                    .map(p -> new FormErrors.Item("file", p.toString()))
                    .toList();
            return render(model, result, new FormErrors(items));
        }
        return render(model, result, FormErrors.NONE);
    }

    @PostMapping("/api/v1/admin/geography/imports")
    @ResponseBody
    ResponseEntity<GeographyImport> importByApi(
            @RequestParam MultipartFile file, @RequestParam(required = false) Integer year) throws IOException {
        var result = importer.importFile(file.getOriginalFilename(), file.getBytes(), year);
        return ResponseEntity.status(result.succeeded() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY)
                .body(result);
    }

    @GetMapping("/api/v1/admin/geography")
    @ResponseBody
    Map<String, Object> summaryByApi() {
        return Map.of(
                "areas",
                geography.counts(),
                "populationYears",
                geography.populationYears(),
                "boundaries",
                geography.boundaryVintages(),
                "imports",
                geography.imports());
    }

    private String render(Model model, GeographyImport result, FormErrors errors) {
        model.addAttribute("errors", errors);
        model.addAttribute("result", result);
        model.addAttribute("counts", geography.counts());
        model.addAttribute("populationYears", geography.populationYears());
        model.addAttribute("boundaryVintages", geography.boundaryVintages());
        model.addAttribute("imports", geography.imports());
        model.addAttribute(
                "layouts",
                Arrays.stream(OnsLayout.values())
                        .map(layout -> new OnsLayoutView(
                                layout.description(), String.join(", ", layout.columns()), layout.population()))
                        .toList());
        return "areas/geography";
    }
}
