package org.saferplan.crime;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.saferplan.web.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/** Crime data > Imports: the list of imports, uploading police.uk files, and one import's progress and result. */
@Controller
class CrimeImportController {

    private final CrimeImports imports;

    CrimeImportController(CrimeImports imports) {
        this.imports = imports;
    }

    @GetMapping("/crime/imports")
    String list(Model model) {
        return render(model, FormErrors.NONE);
    }

    @PostMapping("/crime/imports")
    String upload(
            @RequestParam(name = "file", required = false) List<MultipartFile> files,
            Model model,
            HttpServletResponse response)
            throws IOException {
        var chosen = files == null
                ? List.<MultipartFile>of()
                : files.stream().filter(file -> !file.isEmpty()).toList();
        if (chosen.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(
                    model,
                    new FormErrors(List.of(new FormErrors.Item(
                            "file", "Choose police.uk CSV files or a zip downloaded from data.police.uk"))));
        }
        return "redirect:/crime/imports/" + imports.startUploads(chosen);
    }

    @GetMapping("/crime/imports/{id}")
    String show(@PathVariable long id, Model model) {
        var job = imports.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("job", job);
        return "crime/import";
    }

    private String render(Model model, FormErrors errors) {
        model.addAttribute("errors", errors);
        model.addAttribute("imports", imports.recent(50));
        return "crime/imports";
    }
}
