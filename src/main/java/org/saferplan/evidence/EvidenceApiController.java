package org.saferplan.evidence;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.saferplan.evidence.web.DatasetForm;
import org.saferplan.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The evidence JSON API: a partnership's datasets, one dataset with its current values, and uploads (multipart
 * {@code file}): a new dataset ({@code POST .../datasets} with the fields of the page's form) or a new version of
 * one ({@code POST .../datasets/{id}}). Refused files answer 400 problem+json listing every problem.
 */
@RestController
class EvidenceApiController {

    private final EvidencePages pages;
    private final Datasets datasets;
    private final DatasetDownloads downloads;

    EvidenceApiController(EvidencePages pages, Datasets datasets, DatasetDownloads downloads) {
        this.pages = pages;
        this.datasets = datasets;
        this.downloads = downloads;
    }

    record UploadJson(DatasetDownloads.DatasetJson dataset, boolean changed, int values, List<String> notes) {}

    @GetMapping("/api/v1/partnerships/{slug}/evidence/datasets")
    List<DatasetDownloads.DatasetJson> datasets(@PathVariable String slug) {
        var partnership = pages.partnership(slug);
        return datasets.all(partnership.id()).stream()
                .map(d -> DatasetDownloads.summary(d, null))
                .toList();
    }

    @GetMapping("/api/v1/partnerships/{slug}/evidence/datasets/{id}")
    DatasetDownloads.DatasetJson dataset(@PathVariable String slug, @PathVariable long id) {
        var partnership = pages.partnership(slug);
        return downloads.json(datasets.get(partnership.id(), id));
    }

    @PostMapping(path = "/api/v1/partnerships/{slug}/evidence/datasets", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<UploadJson> create(
            @PathVariable String slug,
            @ModelAttribute DatasetForm form,
            @RequestParam(required = false) MultipartFile file)
            throws IOException {
        var partnership = pages.partnership(slug);
        var result = datasets.create(partnership.id(), form, EvidenceController.uploaded(file), false);
        return ResponseEntity.status(HttpStatus.CREATED).body(json(result));
    }

    @PostMapping(
            path = "/api/v1/partnerships/{slug}/evidence/datasets/{id}",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<UploadJson> upload(
            @PathVariable String slug,
            @PathVariable long id,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String areaCode)
            throws IOException {
        var partnership = pages.partnership(slug);
        var result = datasets.upload(partnership.id(), id, EvidenceController.uploaded(file), areaCode);
        return ResponseEntity.status(result.changed() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(json(result));
    }

    private static UploadJson json(Datasets.Result result) {
        return new UploadJson(
                DatasetDownloads.summary(result.dataset(), null), result.changed(), result.values(), result.notes());
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Map<String, Object>> invalid(InvalidInputException e) {
        var body = new LinkedHashMap<String, Object>();
        body.put("type", "about:blank");
        body.put("status", 400);
        body.put("title", "The dataset or its file was not right; nothing was stored");
        body.put("detail", e.problems().get(0).message());
        body.put("field", e.problems().get(0).field());
        body.put(
                "errors",
                e.problems().stream()
                        .map(p -> Map.of("field", p.field(), "message", p.message()))
                        .toList());
        return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }
}
