package org.saferplan.evidence;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.saferplan.evidence.web.DatasetForm;
import org.saferplan.governance.Partnership;
import org.saferplan.web.FormErrors;
import org.saferplan.web.InvalidInputException;
import org.saferplan.web.Option;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The evidence pages of a partnership's workspace. Members read; analysts and coordinators add datasets and upload
 * versions (the security module's rules for {@code /partnerships/{slug}/evidence/**} decide before these methods
 * run). A dataset id is looked up within the partnership of the path, so another partnership's is not found (404).
 */
@Controller
@RequestMapping("/partnerships/{slug}/evidence")
class EvidenceController {

    private static final Map<String, String> NOTICES = Map.of(
            "created", "Dataset added",
            "uploaded", "New version uploaded: it replaces the series",
            "unchanged", "The file is the same as the current version: nothing changed");

    private final EvidencePages pages;
    private final Datasets datasets;
    private final DatasetDownloads downloads;

    EvidenceController(EvidencePages pages, Datasets datasets, DatasetDownloads downloads) {
        this.pages = pages;
        this.datasets = datasets;
        this.downloads = downloads;
    }

    @GetMapping
    String list(@PathVariable String slug, Model model) {
        var partnership = pages.partnership(slug);
        model.addAttribute("workspace", EvidencePages.workspace(partnership, model));
        model.addAttribute("datasets", pages.rows(partnership));
        return "evidence/datasets";
    }

    @GetMapping("/datasets/new")
    String newDataset(@PathVariable String slug, Model model) {
        var partnership = pages.partnership(slug);
        return form(
                partnership,
                DatasetForm.blank(EvidencePages.partnershipAreas(partnership).get(0)),
                FormErrors.NONE,
                model);
    }

    @PostMapping("/datasets/new")
    String create(
            @PathVariable String slug,
            @ModelAttribute DatasetForm form,
            @RequestParam(required = false) MultipartFile file,
            Model model,
            HttpServletResponse response)
            throws IOException {
        var partnership = pages.partnership(slug);
        try {
            var result = datasets.create(partnership.id(), form, uploaded(file), false);
            return "redirect:" + EvidencePages.href(slug, result.dataset().id()) + "?done=created";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(partnership, form, FormErrors.of(e), model);
        }
    }

    private String form(Partnership partnership, DatasetForm form, FormErrors errors, Model model) {
        model.addAttribute("workspace", EvidencePages.workspace(partnership, model));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", options(DatasetKind.values(), DatasetKind::label, null));
        model.addAttribute("owners", pages.owners(partnership));
        model.addAttribute("sharings", options(Sharing.values(), Sharing::label, null));
        model.addAttribute(
                "periodTypes",
                options(
                        PeriodType.values(),
                        PeriodType::label,
                        "The importer's usual" + " (choose one for an indicator)"));
        return "evidence/datasetNew";
    }

    private static <E extends Enum<E>> List<Option> options(
            E[] values, java.util.function.Function<E, String> label, String empty) {
        var options = new java.util.ArrayList<Option>();
        if (empty != null) {
            options.add(new Option("", empty));
        }
        java.util.Arrays.stream(values).forEach(v -> options.add(new Option(v.name(), label.apply(v))));
        return options;
    }

    @GetMapping("/datasets/{id}")
    String dataset(
            @PathVariable String slug,
            @PathVariable long id,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String done,
            Model model) {
        var partnership = pages.partnership(slug);
        var dataset = datasets.get(partnership.id(), id);
        model.addAttribute("notice", done == null ? null : NOTICES.get(done));
        return datasetPage(partnership, dataset, area, FormErrors.NONE, "", model);
    }

    private String datasetPage(
            Partnership partnership,
            EvidenceDataset dataset,
            String area,
            FormErrors errors,
            String areaCode,
            Model model) {
        model.addAttribute("workspace", EvidencePages.workspace(partnership, model));
        model.addAttribute("dataset", pages.page(partnership, dataset, area));
        model.addAttribute("errors", errors);
        model.addAttribute("areaCode", areaCode);
        if (!model.containsAttribute("notice")) {
            model.addAttribute("notice", null);
        }
        return "evidence/dataset";
    }

    @PostMapping("/datasets/{id}/upload")
    String upload(
            @PathVariable String slug,
            @PathVariable long id,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String areaCode,
            Model model,
            HttpServletResponse response)
            throws IOException {
        var partnership = pages.partnership(slug);
        var dataset = datasets.get(partnership.id(), id);
        try {
            var result = datasets.upload(partnership.id(), id, uploaded(file), areaCode);
            return "redirect:" + EvidencePages.href(slug, id) + "?done="
                    + (result.changed() ? "uploaded" : "unchanged");
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return datasetPage(partnership, dataset, null, FormErrors.of(e), areaCode == null ? "" : areaCode, model);
        }
    }

    @GetMapping("/datasets/{id}/download.csv")
    ResponseEntity<byte[]> csv(@PathVariable String slug, @PathVariable long id) {
        var partnership = pages.partnership(slug);
        var dataset = datasets.get(partnership.id(), id);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + downloads.fileName(dataset) + ".csv\"")
                .body(downloads.csv(dataset).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping(path = "/datasets/{id}/download.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<DatasetDownloads.DatasetJson> json(@PathVariable String slug, @PathVariable long id) {
        var partnership = pages.partnership(slug);
        var dataset = datasets.get(partnership.id(), id);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + downloads.fileName(dataset) + ".json\"")
                .body(downloads.json(dataset));
    }

    /** The uploaded file, refused when missing or larger than the limit (before its bytes are read). */
    static UploadedFile uploaded(MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException(Problems.FIELD, "Choose a CSV or XLSX file");
        }
        if (file.getSize() > UploadedFile.MAX_BYTES) {
            throw new InvalidInputException(Problems.FIELD, file.getOriginalFilename() + " is larger than 5 MB");
        }
        return new UploadedFile(file.getOriginalFilename(), file.getBytes());
    }
}
