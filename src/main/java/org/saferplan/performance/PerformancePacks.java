package org.saferplan.performance;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.saferplan.audit.AuditTrail;
import org.saferplan.governance.Governance;
import org.saferplan.governance.Group;
import org.saferplan.governance.Meeting;
import org.saferplan.governance.Partnership;
import org.saferplan.performance.PackRepository.StoredPack;
import org.saferplan.performance.web.Badge;
import org.saferplan.performance.web.MeasurePage;
import org.saferplan.performance.web.PackView;
import org.saferplan.plan.PlanLookup;
import org.saferplan.statistics.Spc;
import org.saferplan.web.InvalidInputException;
import org.saferplan.web.Messages;
import org.saferplan.web.Shell;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * Performance packs for meetings of governance groups. A pack is generated at a point in time from the current plan
 * version's measures, their linked indicators (Making Data Count charts as the indicator page draws them) and
 * evidence notes, and the action updates dated after the group's previous meeting; the exceptions (special cause of
 * concern, red activities, overdue updates) come first. It is stored as its figures (JSON) and its printable HTML,
 * so it reads the same for ever. Generating again before the meeting is held replaces it; once the meeting is held,
 * its pack is frozen and generating is refused. A board's pack also lists the latest pack of each group feeding
 * into it, with that pack's exceptions as they were stored.
 */
@Service
class PerformancePacks {

    static final String PACK = "performance_pack";
    static final String PRINT_TEMPLATE = "performance/packPrint.jte";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final PackRepository packs;
    private final PerformanceRepository repository;
    private final PerformancePages pages;
    private final Indicators indicators;
    private final ActionUpdates updates;
    private final PlanLookup plan;
    private final Governance governance;
    private final ObjectMapper json;
    private final TemplateEngine templates;
    private final AuditTrail audit;
    private final IndicatorFeeds feeds;
    private final MessageSource messages;

    PerformancePacks(
            PackRepository packs,
            PerformanceRepository repository,
            PerformancePages pages,
            Indicators indicators,
            ActionUpdates updates,
            PlanLookup plan,
            Governance governance,
            ObjectMapper json,
            TemplateEngine templates,
            AuditTrail audit,
            IndicatorFeeds feeds,
            MessageSource messages) {
        this.feeds = feeds;
        this.messages = messages;
        this.packs = packs;
        this.repository = repository;
        this.pages = pages;
        this.indicators = indicators;
        this.updates = updates;
        this.plan = plan;
        this.governance = governance;
        this.json = json;
        this.templates = templates;
        this.audit = audit;
    }

    static String href(String slug, long meetingId) {
        return "/partnerships/" + slug + "/performance/packs/" + meetingId;
    }

    Meeting meeting(long partnershipId, long meetingId) {
        return governance.meeting(partnershipId, meetingId);
    }

    Group group(long partnershipId, long groupId) {
        return governance.group(partnershipId, groupId);
    }

    List<Group> groups(long partnershipId) {
        return governance.groups(partnershipId);
    }

    List<Meeting> meetings(long partnershipId, long groupId) {
        return governance.meetings(partnershipId, groupId);
    }

    Optional<StoredPack> stored(long partnershipId, long meetingId) {
        return packs.pack(partnershipId, meetingId, false);
    }

    List<Long> meetingsWithPacks(long partnershipId) {
        return packs.meetingsWithPacks(partnershipId);
    }

    PackView view(StoredPack pack) {
        return json.readValue(pack.figures(), PackView.class);
    }

    /**
     * Generates the meeting's pack now and stores it, replacing an earlier one while the meeting is planned.
     *
     * @throws InvalidInputException (field {@code generate}) when the meeting is held and already has its pack
     */
    @Transactional
    StoredPack generate(Partnership partnership, long meetingId, String by) {
        packs.holdMeeting(meetingId);
        var meeting = meeting(partnership.id(), meetingId);
        var existing = packs.pack(partnership.id(), meetingId, true);
        if (meeting.held() && existing.isPresent()) {
            throw new InvalidInputException(
                    "generate",
                    "The meeting on " + meeting.date() + " has been held, so"
                            + " its performance pack is frozen as it was generated on "
                            + PerformanceViews.when(existing.get().generatedAt())
                            + " and cannot be generated again.");
        }
        // A pack shows the sources as they are today: fed indicators take their latest values first.
        feeds.refreshAll(partnership);
        var group = group(partnership.id(), meeting.groupId());
        var previous = meetings(partnership.id(), group.id()).stream()
                .filter(m -> m.startsAt().isBefore(meeting.startsAt()))
                .reduce((a, b) -> b);
        var since = previous.map(m -> m.startsAt().toLocalDate()).orElse(null);
        var now = Instant.now();
        var view = build(partnership, group, meeting, since, now, by);
        var output = new StringOutput();
        // The pack is stored as it was generated, in the language of whoever generated it.
        var shell = new Shell(null, null, List.of(), null, new Messages(messages, LocaleContextHolder.getLocale()));
        templates.render(PRINT_TEMPLATE, Map.of("shell", shell, "pack", view), output);
        var stored = new StoredPack(
                partnership.id(),
                meetingId,
                group.id(),
                now,
                by,
                since,
                view.exceptions().size(),
                json.writeValueAsString(view),
                output.toString());
        packs.save(stored);
        var values = Map.of(
                "meeting",
                group.name() + ": " + meeting.date(),
                "exceptions",
                String.valueOf(view.exceptions().size()),
                "since",
                since == null ? "" : since.toString());
        if (existing.isPresent()) {
            audit.updated(
                    partnership.id(),
                    PACK,
                    meetingId,
                    Map.of("generatedAt", existing.get().generatedAt().toString()),
                    values);
        } else {
            audit.created(partnership.id(), PACK, meetingId, values);
        }
        return stored;
    }

    private PackView build(
            Partnership partnership, Group group, Meeting meeting, LocalDate since, Instant now, String by) {
        var slug = partnership.slug();
        var pid = partnership.id();
        var version = plan.currentVersion(pid);
        var charts = new HashMap<Long, PerformancePages.Charted>();
        var views = new ArrayList<PackView.IndicatorView>();
        var exceptions = new ArrayList<PackView.ExceptionItem>();
        var concerns = new LinkedHashMap<Long, PackView.ExceptionItem>();
        var priorities = new ArrayList<PackView.Priority>();
        var linkedIds = new HashSet<Long>();
        var activities = new ArrayList<PlanLookup.ActivityRef>();
        if (version.isPresent()) {
            var measures = plan.measures(pid, version.get().id());
            activities.addAll(plan.activities(pid, version.get().id()));
            var links = indicators.linkedIndicators(
                    pid, measures.stream().map(PlanLookup.MeasureRef::key).toList());
            var byTheme = new LinkedHashMap<String, List<PackView.Measure>>();
            for (var measure : measures) {
                var linked = new ArrayList<PackView.IndicatorView>();
                for (long id : links.getOrDefault(measure.key(), List.of())) {
                    linkedIds.add(id);
                    linked.add(indicatorView(pid, slug, id, charts, views, concerns));
                }
                var notes = indicators.evidenceNotes(pid, measure.key()).stream()
                        .map(n -> new MeasurePage.Note(n.notedOn().toString(), n.note(), n.author()))
                        .toList();
                byTheme.computeIfAbsent(measure.theme(), t -> new ArrayList<>())
                        .add(new PackView.Measure(
                                measure.text(), PerformancePages.measureHref(slug, measure.id()), linked, notes));
            }
            byTheme.forEach((theme, list) -> priorities.add(new PackView.Priority(theme, list)));
        }
        var unlinked = new ArrayList<PackView.IndicatorView>();
        for (var indicator : indicators.all(pid)) {
            if (!linkedIds.contains(indicator.id())) {
                unlinked.add(indicatorView(pid, slug, indicator.id(), charts, views, concerns));
            }
        }
        exceptions.addAll(concerns.values());
        var progress = updates.progress(pid);
        for (var p : progress) {
            if (p.latest() != null && p.latest().status() == RagStatus.RED) {
                exceptions.add(new PackView.ExceptionItem(
                        "Red action",
                        p.activity().text(),
                        PerformancePages.activityHref(slug, p.activity().id()),
                        "Red at its latest update, " + p.latest().on() + ": "
                                + p.latest().commentary()));
            }
        }
        var overdue = progress.stream().filter(p -> p.overdue() != null).toList();
        for (var p : overdue) {
            exceptions.add(new PackView.ExceptionItem(
                    "Overdue update",
                    p.activity().text(),
                    PerformancePages.activityHref(slug, p.activity().id()),
                    p.overdue()));
        }
        Map<UUID, PlanLookup.ActivityRef> byKey = new HashMap<>();
        activities.forEach(a -> byKey.put(a.key(), a));
        var recent = new ArrayList<PackView.Update>();
        var after = new ArrayList<>(repository.updatesAfter(pid, since));
        Collections.reverse(after);
        for (var keyed : after) {
            var activity = byKey.get(keyed.activityKey());
            if (activity == null) {
                continue;
            }
            var u = keyed.update();
            recent.add(new PackView.Update(
                    activity.text(),
                    PerformancePages.activityHref(slug, activity.id()),
                    activity.theme(),
                    new Badge(u.status().label(), u.status().tagClass()),
                    u.on().toString(),
                    u.commentary(),
                    u.author(),
                    u.illustrative()));
        }
        return new PackView(
                partnership.name(),
                group.name(),
                group.kind().label(),
                meeting.dateAndTime(),
                "/partnerships/" + slug + "/governance/meetings/" + meeting.id(),
                PerformanceViews.when(now),
                by,
                version.map(v -> v.planTitle() + ", " + v.label()).orElse("No plan yet"),
                since == null ? null : DAY.format(since),
                meeting.held(),
                exceptions,
                priorities,
                unlinked,
                recent,
                pages.activityRows(partnership, overdue),
                feeding(partnership, group));
    }

    private PackView.IndicatorView indicatorView(
            long pid,
            String slug,
            long id,
            Map<Long, PerformancePages.Charted> charts,
            List<PackView.IndicatorView> views,
            Map<Long, PackView.ExceptionItem> concerns) {
        var c = charts.computeIfAbsent(id, i -> pages.charted(indicators.indicator(pid, i)));
        var indicator = c.indicator();
        var href = PerformanceViews.href(slug, id);
        var values = c.values();
        var latest = values.isEmpty()
                ? "No values yet"
                : values.get(values.size() - 1).period().text() + ": "
                        + PerformanceViews.number(values.get(values.size() - 1).value());
        PackView.IndicatorView view;
        if (c.spc().isEmpty()) {
            view = new PackView.IndicatorView(
                    indicator.name(), href, indicator.illustrative(), latest, null, null, null, List.of(), List.of());
        } else {
            var spc = c.spc().get();
            // Chart ids must be unique on the page, and an indicator may be linked to several measures.
            var chartId = "pack-spc-" + (views.size() + 1);
            var summary = PerformanceViews.summary(indicator, values, spc);
            view = new PackView.IndicatorView(
                    indicator.name(),
                    href,
                    indicator.illustrative(),
                    latest,
                    PerformanceViews.chart(chartId, indicator, values, spc),
                    PerformanceViews.variation(spc),
                    PerformanceViews.assurance(spc),
                    summary,
                    PerformanceViews.rows(values, spc));
            if (spc.latest().type() == Spc.PointType.SPECIAL_CAUSE_CONCERN) {
                concerns.putIfAbsent(
                        id,
                        new PackView.ExceptionItem("Special cause of concern", indicator.name(), href, summary.get(0)));
            }
        }
        views.add(view);
        return view;
    }

    /** For a group that others feed into: the latest stored pack of each of those groups. */
    private List<PackView.Feed> feeding(Partnership partnership, Group group) {
        var feeds = new ArrayList<PackView.Feed>();
        for (var child : groups(partnership.id())) {
            if (!Long.valueOf(group.id()).equals(child.parentId())) {
                continue;
            }
            var meetings = new ArrayList<>(meetings(partnership.id(), child.id()));
            Collections.reverse(meetings);
            for (var m : meetings) {
                var stored = packs.pack(partnership.id(), m.id(), false);
                if (stored.isPresent()) {
                    var view = view(stored.get());
                    feeds.add(new PackView.Feed(
                            child.name(),
                            m.dateAndTime(),
                            href(partnership.slug(), m.id()),
                            view.generatedAt(),
                            view.exceptions()));
                    break;
                }
            }
        }
        return feeds;
    }
}
