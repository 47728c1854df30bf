package org.saferplan.crime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.saferplan.areas.AreaKind;
import org.saferplan.areas.AreaScope;
import org.saferplan.areas.AreaScopes;
import org.saferplan.statistics.FunnelComparison;
import org.saferplan.statistics.Rate;
import org.saferplan.web.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * An area's crime rate against three references over the same period: every imported force's located crime pooled
 * over its LSOAs (a national-style rate over what is stored), the rest of its police force area, and a peer group.
 * Every verdict is {@link FunnelComparison} (SaferPlan's funnel-plot method, methods.md §2.2), with the area itself
 * left out of each reference.
 *
 * <p>Default peers: for a CSP or partnership, the other CSPs of the same police force area (ONS 'ltla24_csp24');
 * for a local authority, the other authorities of the same force ('ltla24_pfa24'); none for other kinds. A peer that
 * shares LSOAs with the area is left out (a funnel compares separate areas), and peers with the same LSOAs as an
 * earlier peer are shown once (ONS lists Bournemouth, Christchurch and Poole against three CSPs).
 */
@Service
class CrimeComparisons {

    static final List<String> LSOA_TO_AUTHORITY =
            List.of("lsoa11_ltla21", "lsoa11_ltla19", "lsoa21_ltla24", "lsoa21_ltla22");
    static final int MAX_PEERS = 40;

    private final JdbcClient jdbc;
    private final AreaScopes scopes;
    private final AreaCrimeStatistics statistics;

    CrimeComparisons(JdbcClient jdbc, AreaScopes scopes, AreaCrimeStatistics statistics) {
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.statistics = statistics;
    }

    /** Peer codes typed by a user: GSS codes separated by commas, spaces or new lines; empty for the default. */
    static List<String> parsePeers(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        var codes = new LinkedHashSet<String>();
        for (var part : text.toUpperCase(java.util.Locale.ROOT).split("[\\s,;]+")) {
            if (!part.isBlank()) {
                codes.add(part.strip());
            }
        }
        if (codes.size() > MAX_PEERS) {
            throw new InvalidInputException("peers", "List at most " + MAX_PEERS + " peer area codes");
        }
        return List.copyOf(codes);
    }

    Comparison compare(AreaCrime focal, List<String> chosenPeers) {
        var scope = focal.area();
        var notes = new ArrayList<String>();
        var pooled = statistics.pooled(
                focal.from(),
                focal.to(),
                scope.lsoas(),
                focal.population() == null ? null : focal.population().year());
        var force = policeForceArea(scope)
                .flatMap(scopes::of)
                .filter(pfa -> !pfa.code().equals(scope.code()));
        AreaCrime forceCrime =
                force.map(pfa -> statistics.of(pfa, focal.from(), focal.to())).orElse(null);

        List<String> peerCodes;
        String peerGroup;
        if (!chosenPeers.isEmpty()) {
            peerCodes = chosenPeers;
            peerGroup = "the areas you listed";
        } else {
            peerCodes = defaultPeers(scope, force.orElse(null));
            peerGroup = switch (scope.kind()) {
                case CSP ->
                    "the other Community Safety Partnerships of "
                            + force.map(AreaScope::name).orElse("the force");
                case LOCAL_AUTHORITY ->
                    "the other local authorities of "
                            + force.map(AreaScope::name).orElse("the force");
                default -> "none by default for this kind of area";
            };
        }
        var peers = new ArrayList<Peer>();
        var seen = new ArrayList<java.util.Set<String>>();
        for (var code : peerCodes) {
            var peerScope = scopes.of(code)
                    .orElseThrow(
                            () -> new InvalidInputException(
                                    "peers",
                                    code
                                            + " is not an area code SaferPlan knows: enter GSS codes such as E06000058 or E22000063"));
            if (peerScope.code().equals(scope.code())) {
                continue;
            }
            if (peerScope.lsoas().isEmpty()) {
                peers.add(new Peer(peerScope, null, "no LSOAs are known for it"));
                continue;
            }
            if (seen.contains(peerScope.lsoas())) {
                notes.add(peerScope.name() + " (" + peerScope.code() + ") covers exactly the same LSOAs as an earlier"
                        + " peer, so it is shown once.");
                continue;
            }
            seen.add(peerScope.lsoas());
            if (peerScope.lsoas().stream().anyMatch(scope.lsoas()::contains)) {
                peers.add(new Peer(peerScope, null, "it overlaps this area"));
                continue;
            }
            var crime = statistics.of(peerScope, focal.from(), focal.to());
            String left = null;
            if (crime.forces().isEmpty()) {
                left = "no police.uk street data is stored for it";
            } else if (crime.population() == null) {
                left = "no population estimate is loaded for it";
            } else if (!crime.missingMonths().isEmpty()) {
                left = crime.missingMonths().size() + (crime.missingMonths().size() == 1 ? " month is" : " months are")
                        + " missing from its force's data";
            }
            peers.add(new Peer(peerScope, crime, left));
        }
        return new Comparison(focal, pooled, forceCrime, peerGroup, peers, notes);
    }

    private List<String> defaultPeers(AreaScope scope, AreaScope force) {
        if (force == null) {
            return List.of();
        }
        var authorities =
                jdbc.sql("""
                        SELECT DISTINCT trim(child_code) FROM geography_link
                        WHERE lookup = 'ltla24_pfa24' AND parent_code = :pfa ORDER BY 1
                        """).param("pfa", force.code()).query(String.class).list();
        if (scope.kind() == AreaKind.LOCAL_AUTHORITY) {
            return authorities.stream()
                    .filter(code -> !code.equals(scope.code()))
                    .toList();
        }
        if (scope.kind() == AreaKind.CSP && !authorities.isEmpty()) {
            return jdbc.sql("""
                            SELECT DISTINCT trim(parent_code) FROM geography_link
                            WHERE lookup = 'ltla24_csp24' AND child_code IN (:authorities) ORDER BY 1
                            """).param("authorities", authorities).query(String.class).list().stream()
                    .filter(code -> !code.equals(scope.code()))
                    .toList();
        }
        return List.of();
    }

    /** The police force area of the area's authorities (of its LSOAs' authorities for a ward or LSOA), if single. */
    Optional<String> policeForceArea(AreaScope scope) {
        if (scope.kind() == AreaKind.POLICE_FORCE_AREA) {
            return Optional.of(scope.code());
        }
        Collection<String> authorities = scope.localAuthorities();
        if (authorities.isEmpty() && !scope.lsoas().isEmpty()) {
            authorities = jdbc.sql("""
                            SELECT DISTINCT trim(parent_code) FROM geography_link
                            WHERE lookup IN (:lookups) AND child_code IN (:lsoas)
                            """)
                    .param("lookups", LSOA_TO_AUTHORITY)
                    .param("lsoas", scope.lsoas())
                    .query(String.class)
                    .list();
        }
        if (authorities.isEmpty()) {
            return Optional.empty();
        }
        var forces = jdbc.sql("""
                        SELECT DISTINCT trim(parent_code) FROM geography_link
                        WHERE lookup = 'ltla24_pfa24' AND child_code IN (:authorities)
                        """)
                .param("authorities", authorities)
                .query(String.class)
                .list();
        return forces.size() == 1 ? Optional.of(forces.get(0)) : Optional.empty();
    }

    /**
     * One peer and its figures.
     *
     * @param crime its figures over the period (null when it could not be counted)
     * @param leftOut why it is left out of the funnel, or null when it is in
     */
    record Peer(AreaScope scope, AreaCrime crime, String leftOut) {

        boolean included() {
            return leftOut == null;
        }
    }

    /**
     * The comparison.
     *
     * @param force the figures of the whole police force area (null when the area has no single force, or is one)
     */
    record Comparison(
            AreaCrime focal,
            AreaCrimeStatistics.Pooled pooled,
            AreaCrime force,
            String peerGroup,
            List<Peer> peers,
            List<String> notes) {

        List<Peer> included() {
            return peers.stream().filter(Peer::included).toList();
        }

        /** The focal rate of a crime type (null for the total), if the area has a population. */
        Optional<Rate> focalRate(String type) {
            if (focal.population() == null || focal.population().population() <= 0) {
                return Optional.empty();
            }
            return Optional.of(new Rate(count(focal, type), focal.population().population()));
        }

        /** Against every other imported force's located crime. */
        Optional<FunnelComparison> againstAllForces(String type) {
            if (pooled.population() <= 0) {
                return Optional.empty();
            }
            long count = type == null ? pooled.total() : pooled.byType().getOrDefault(type, 0L);
            return funnel(type, List.of(new Rate(count, pooled.population())));
        }

        /** Against the rest of the police force area (the force's figures less the area's). */
        Optional<FunnelComparison> againstRestOfForce(String type) {
            if (force == null || force.population() == null || focal.population() == null) {
                return Optional.empty();
            }
            long count = count(force, type) - count(focal, type);
            double population =
                    force.population().population() - focal.population().population();
            if (count < 0 || population <= 0) {
                return Optional.empty();
            }
            return funnel(type, List.of(new Rate(count, population)));
        }

        /** Against the peers in the funnel. */
        Optional<FunnelComparison> againstPeers(String type) {
            var rates = included().stream()
                    .map(peer -> new Rate(
                            count(peer.crime(), type), peer.crime().population().population()))
                    .toList();
            return rates.isEmpty() ? Optional.empty() : funnel(type, rates);
        }

        private Optional<FunnelComparison> funnel(String type, List<Rate> references) {
            if (references.stream().mapToLong(Rate::count).sum() == 0) {
                return Optional.empty();
            }
            return focalRate(type).map(rate -> FunnelComparison.of(rate, references));
        }

        static long count(AreaCrime crime, String type) {
            if (type == null) {
                return crime.total().count();
            }
            return crime.types().stream()
                    .filter(t -> t.type().equals(type))
                    .mapToLong(t -> t.figure().count())
                    .sum();
        }

        /** The crime types in the area's order, anti-social behaviour last. */
        List<String> types() {
            var types = new ArrayList<String>();
            focal.types().stream().filter(t -> !t.antisocialBehaviour()).forEach(t -> types.add(t.type()));
            focal.types().stream()
                    .filter(AreaCrime.TypeFigure::antisocialBehaviour)
                    .forEach(t -> types.add(t.type()));
            return types;
        }
    }
}
