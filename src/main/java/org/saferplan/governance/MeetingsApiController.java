package org.saferplan.governance;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The groups and meetings part of the JSON API, read-only. The security module lets members of the partnership
 * read {@code /api/v1/partnerships/{slug}/**}.
 */
@RestController
class MeetingsApiController {

    private final Workspaces workspaces;
    private final Governance governance;

    MeetingsApiController(Workspaces workspaces, Governance governance) {
        this.workspaces = workspaces;
        this.governance = governance;
    }

    @GetMapping("/api/v1/partnerships/{slug}/groups")
    List<GroupJson> groups(@PathVariable String slug) {
        var partnership = workspaces.partnership(slug);
        var names = governance.partnerNames(partnership.id());
        return governance.groups(partnership.id()).stream()
                .map(g -> new GroupJson(
                        g.id(),
                        g.name(),
                        g.kind().name(),
                        g.parentId(),
                        g.termsOfReference(),
                        governance.members(partnership.id(), g.id()).stream()
                                .map(m -> new MemberJson(
                                        m.id(),
                                        m.personName(),
                                        organisation(m.organisationId(), names),
                                        m.role(),
                                        m.electedMember(),
                                        m.fromDate(),
                                        m.toDate()))
                                .toList()))
                .toList();
    }

    @GetMapping("/api/v1/partnerships/{slug}/meetings")
    List<MeetingJson> meetings(@PathVariable String slug) {
        var partnership = workspaces.partnership(slug);
        var names = governance.partnerNames(partnership.id());
        var actionsByMeeting = new HashMap<Long, List<ActionItem>>();
        governance
                .actions(partnership.id())
                .forEach(a -> actionsByMeeting
                        .computeIfAbsent(a.meetingId(), k -> new java.util.ArrayList<>())
                        .add(a));
        return governance.meetings(partnership.id()).stream()
                .map(m -> new MeetingJson(
                        m.id(),
                        m.groupId(),
                        m.startsAt(),
                        m.place(),
                        m.kind().name(),
                        m.status().name(),
                        governance.agenda(m).stream().map(AgendaItem::text).toList(),
                        governance.decisions(m).stream()
                                .map(d -> new DecisionJson(d.id(), d.text(), d.agendaItemId(), d.recordedBy()))
                                .toList(),
                        actionsByMeeting.getOrDefault(m.id(), List.of()).stream()
                                .map(a -> new ActionJson(
                                        a.id(),
                                        a.text(),
                                        a.ownerPerson(),
                                        organisation(a.ownerOrganisationId(), names),
                                        a.dueOn(),
                                        a.status().name(),
                                        governance.updates(a).stream()
                                                .map(u -> new UpdateJson(
                                                        u.meetingId(),
                                                        u.status().name(),
                                                        u.note(),
                                                        u.recordedBy()))
                                                .toList()))
                                .toList()))
                .toList();
    }

    private static OrganisationJson organisation(Long id, Map<Long, String> names) {
        return id == null ? null : new OrganisationJson(id, names.getOrDefault(id, "A former partner"));
    }

    record GroupJson(
            long id, String name, String kind, Long feedsInto, String termsOfReference, List<MemberJson> members) {}

    record MemberJson(
            long id,
            String name,
            OrganisationJson organisation,
            String role,
            boolean electedMember,
            LocalDate from,
            LocalDate to) {}

    record MeetingJson(
            long id,
            long groupId,
            LocalDateTime startsAt,
            String place,
            String kind,
            String status,
            List<String> agenda,
            List<DecisionJson> decisions,
            List<ActionJson> actionsRaised) {}

    record DecisionJson(long id, String text, Long agendaItemId, String recordedBy) {}

    record ActionJson(
            long id,
            String text,
            String ownerPerson,
            OrganisationJson ownerOrganisation,
            LocalDate dueOn,
            String status,
            List<UpdateJson> updates) {}

    record UpdateJson(long meetingId, String status, String note, String recordedBy) {}

    record OrganisationJson(long id, String name) {}
}
