package org.saferplan.performance;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import org.saferplan.audit.AuditTrail;
import org.saferplan.governance.Partnership;
import org.saferplan.performance.web.PackList;
import org.saferplan.performance.web.PackPage;
import org.saferplan.web.FormErrors;
import org.saferplan.web.PdfRenderer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Performance packs for meetings. Every member reads a pack; coordinators and analysts generate one (the security
 * module's rules for {@code /partnerships/{slug}/performance/**} refuse a POST from anyone else with 403).
 * Generating the pack of a held meeting that has one is refused with 409 and the reason.
 */
@Controller
@RequestMapping("/partnerships/{slug}/performance/packs")
class PackController {

    private final PerformancePages pages;
    private final PerformancePacks packs;
    private final PdfRenderer pdf;

    PackController(PerformancePages pages, PerformancePacks packs, PdfRenderer pdf) {
        this.pages = pages;
        this.packs = packs;
        this.pdf = pdf;
    }

    @GetMapping
    String list(@PathVariable String slug, Model model) {
        var partnership = pages.partnership(slug);
        var withPacks = new HashSet<>(packs.meetingsWithPacks(partnership.id()));
        var groups = new ArrayList<PackList.GroupRow>();
        for (var group : packs.groups(partnership.id())) {
            var meetings = new ArrayList<>(packs.meetings(partnership.id(), group.id()));
            Collections.reverse(meetings);
            groups.add(new PackList.GroupRow(
                    group.name(),
                    group.kind().label(),
                    meetings.stream()
                            .map(m -> new PackList.MeetingRow(
                                    m.dateAndTime(),
                                    m.status().label(),
                                    PerformancePacks.href(slug, m.id()),
                                    withPacks.contains(m.id())
                                            ? (m.held() ? "Pack frozen" : "Pack generated")
                                            : "No pack yet"))
                            .toList()));
        }
        model.addAttribute("workspace", PerformancePages.workspace(partnership, model));
        model.addAttribute("packs", new PackList(groups));
        return "performance/packs";
    }

    @GetMapping("/{meetingId}")
    String pack(
            @PathVariable String slug,
            @PathVariable long meetingId,
            @RequestParam(required = false) String done,
            Model model) {
        var partnership = pages.partnership(slug);
        model.addAttribute("notice", "generated".equals(done) ? "Performance pack generated" : null);
        return page(partnership, meetingId, FormErrors.NONE, model);
    }

    @PostMapping("/{meetingId}")
    String generate(
            @PathVariable String slug, @PathVariable long meetingId, Model model, HttpServletResponse response) {
        var partnership = pages.partnership(slug);
        packs.meeting(partnership.id(), meetingId);
        var view = PerformanceController.change(
                response,
                () -> {
                    packs.generate(partnership, meetingId, AuditTrail.currentActor());
                    return "redirect:" + PerformancePacks.href(slug, meetingId) + "?done=generated";
                },
                errors -> {
                    model.addAttribute("notice", null);
                    return page(partnership, meetingId, errors, model);
                });
        if (response.getStatus() == HttpStatus.BAD_REQUEST.value()) {
            response.setStatus(HttpStatus.CONFLICT.value());
        }
        return view;
    }

    /** The pack as the printable document stored when it was generated. */
    @GetMapping("/{meetingId}/print")
    ResponseEntity<String> print(@PathVariable String slug, @PathVariable long meetingId) {
        var partnership = pages.partnership(slug);
        packs.meeting(partnership.id(), meetingId);
        var stored = packs.stored(partnership.id(), meetingId).orElseThrow(NotFound::new);
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(stored.html());
    }

    /**
     * The stored pack as a tagged PDF. It is rendered from the stored printable document, so a frozen pack's PDF
     * shows exactly what the meeting saw.
     */
    @GetMapping("/{meetingId}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String slug, @PathVariable long meetingId) {
        var partnership = pages.partnership(slug);
        var meeting = packs.meeting(partnership.id(), meetingId);
        var stored = packs.stored(partnership.id(), meetingId).orElseThrow(NotFound::new);
        var file = "performance-pack-" + meeting.dateAndTime().replaceAll("[^A-Za-z0-9]+", "-") + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        "Content-Disposition",
                        ContentDisposition.inline().filename(file).build().toString())
                .body(pdf.render(stored.html()));
    }

    private String page(Partnership partnership, long meetingId, FormErrors errors, Model model) {
        var slug = partnership.slug();
        var meeting = packs.meeting(partnership.id(), meetingId);
        var group = packs.group(partnership.id(), meeting.groupId());
        var stored = packs.stored(partnership.id(), meetingId);
        var workspace = PerformancePages.workspace(partnership, model);
        boolean frozen = meeting.held() && stored.isPresent();
        var href = PerformancePacks.href(slug, meetingId);
        model.addAttribute("workspace", workspace);
        model.addAttribute(
                "page",
                new PackPage(
                        group.name(),
                        meeting.dateAndTime(),
                        "/partnerships/" + slug + "/governance/meetings/" + meetingId,
                        meeting.held(),
                        href,
                        workspace.mayChange() && !frozen ? href : null,
                        stored.isPresent() ? href + "/print" : null,
                        stored.isPresent() ? href + "/pdf" : null,
                        frozen,
                        stored.map(packs::view).orElse(null)));
        model.addAttribute("errors", errors);
        if (!model.containsAttribute("notice")) {
            model.addAttribute("notice", null);
        }
        return "performance/pack";
    }
}
