package org.saferplan.crime;

import java.util.Locale;
import org.saferplan.areas.AreaScopes;
import org.saferplan.web.InvalidInputException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /crime/areas/{code}.csv?from=YYYY-MM&to=YYYY-MM}: the page's "crime by type" table as CSV (RFC 4180,
 * UTF-8): counts, rates per 1,000 over the period and their exact Poisson 95% intervals, the total last.
 */
@Controller
class AreaCrimeCsvController {

    static final String HEADER =
            "area_code,from,to,crime_type,in_total,crimes,population,rate_per_1000," + "rate_low_95,rate_high_95";

    private final AreaScopes scopes;
    private final AreaCrimeStatistics statistics;

    AreaCrimeCsvController(AreaScopes scopes, AreaCrimeStatistics statistics) {
        this.scopes = scopes;
        this.statistics = statistics;
    }

    @GetMapping("/crime/areas/{code}.csv")
    ResponseEntity<String> csv(
            @PathVariable String code,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        var scope = scopes.of(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        java.util.Optional<java.time.YearMonth[]> period;
        try {
            period = CrimePeriod.resolve(from, to, scope, statistics);
        } catch (InvalidInputException e) {
            return ResponseEntity.badRequest()
                    .contentType(MediaType.TEXT_PLAIN)
                    .body(e.problems().get(0).message() + "\n");
        }
        if (period.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .contentType(MediaType.TEXT_PLAIN)
                    .body("No police.uk street data is stored for " + scope.name() + "\n");
        }
        var crime = statistics.of(scope, period.get()[0], period.get()[1]);
        var csv = new StringBuilder(HEADER).append("\r\n");
        for (var type : crime.types()) {
            line(csv, crime, type.type(), !type.antisocialBehaviour(), type.figure());
        }
        line(csv, crime, "All crime (excluding anti-social behaviour)", true, crime.total());
        var name = "crime-" + scope.code() + "-" + crime.from() + "-to-" + crime.to() + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .body(csv.toString());
    }

    private static void line(
            StringBuilder csv, AreaCrime crime, String type, boolean inTotal, AreaCrime.Figure figure) {
        csv.append(crime.area().code())
                .append(',')
                .append(crime.from())
                .append(',')
                .append(crime.to())
                .append(',')
                .append(quote(type))
                .append(',')
                .append(inTotal)
                .append(',')
                .append(figure.count())
                .append(',')
                .append(crime.population() == null ? "" : crime.population().population())
                .append(',')
                .append(number(figure.rate()))
                .append(',')
                .append(number(figure.rateLow()))
                .append(',')
                .append(number(figure.rateHigh()))
                .append("\r\n");
    }

    private static String number(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.4f", value);
    }

    /** RFC 4180 quoting; a leading formula character is neutralised so spreadsheets do not run it. */
    static String quote(String value) {
        var text = value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return text.matches(".*[,\"\\r\\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
