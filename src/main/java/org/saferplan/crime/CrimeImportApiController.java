package org.saferplan.crime;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import API partners' tools rely on; keep its names. {@code POST /api/v1/crime/imports} with one or more
 * multipart parts named {@code file} (CSV files or a police.uk zip) answers 202 with {@code {"id", "status"}};
 * {@code GET /api/v1/crime/imports/{id}} answers {@code {"status": "running"|"succeeded"|"failed", "rows",
 * "errors": [{"file", "line", "message"}]}} and more.
 */
@RestController
class CrimeImportApiController {

    private final CrimeImports imports;

    CrimeImportApiController(CrimeImports imports) {
        this.imports = imports;
    }

    @PostMapping("/api/v1/crime/imports")
    ResponseEntity<Map<String, Object>> create(@RequestParam(name = "file", required = false) List<MultipartFile> files)
            throws IOException {
        var chosen = files == null
                ? List.<MultipartFile>of()
                : files.stream().filter(file -> !file.isEmpty()).toList();
        if (chosen.isEmpty()) {
            return ResponseEntity.badRequest()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(Map.of(
                            "status",
                            400,
                            "title",
                            "Bad Request",
                            "detail",
                            "Send police.uk CSV files or a zip in multipart parts named file"));
        }
        long id = imports.startUploads(chosen);
        var body = new LinkedHashMap<String, Object>();
        body.put("id", id);
        body.put("status", CrimeImport.RUNNING);
        body.put("href", "/api/v1/crime/imports/" + id);
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(URI.create("/api/v1/crime/imports/" + id))
                .body(body);
    }

    @GetMapping("/api/v1/crime/imports/{id}")
    ResponseEntity<Map<String, Object>> show(@PathVariable long id) {
        return imports.find(id)
                .map(job -> {
                    var body = new LinkedHashMap<String, Object>();
                    body.put("id", job.id());
                    body.put("status", job.status());
                    body.put("rows", job.rows());
                    body.put("noLocationRows", job.noLocationRows());
                    body.put("filesTotal", job.filesTotal());
                    body.put("filesDone", job.filesDone());
                    body.put("files", job.results());
                    body.put("errors", job.problems());
                    body.put("startedAt", job.startedAt().toString());
                    body.put(
                            "finishedAt",
                            job.finishedAt() == null ? null : job.finishedAt().toString());
                    body.put("startedBy", job.startedBy());
                    return ResponseEntity.ok((Map<String, Object>) body);
                })
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body(Map.of("status", 404, "title", "Not Found", "detail", "There is no import " + id)));
    }
}
