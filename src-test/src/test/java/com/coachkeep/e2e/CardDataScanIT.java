package com.coachkeep.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.testing.TestServer;
import com.coachkeep.testing.Workspaces;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Card numbers never reach Coachkeep (P-PAY-1): after a billing flow (onboarding, signed events of invoices paid and
 * failed), no column of the schema is named or typed for card data, no field of the OpenAPI document is, and no value
 * stored in any text column, nor any line of the server's log, holds a number shaped like a card's (13 to 19 digits,
 * optionally grouped, with a card network's prefix, passing the Luhn check). The scanner itself is checked on Stripe's
 * test card numbers, so an empty finding means something.
 */
@Tag("promise:P-PAY-1")
class CardDataScanIT {
    static final Pattern NAMES = Pattern.compile("(?i)(card_?number|cardnumber|\\bpan\\b|primary_?account|cvc|cvv|card_?code|security_?code"
            + "|exp_?month|exp_?year|expiry|magstripe|track_?data)");
    /** 13 to 19 digits, maybe grouped by single blanks or dashes, standing alone (not part of an id such as a UUID). */
    static final Pattern DIGITS = Pattern.compile("(?<![0-9A-Za-z])(?<![0-9A-Za-z]-)(?:[0-9][ -]?){12,18}[0-9](?![0-9A-Za-z])(?!-[0-9A-Za-z])");
    static final Path MESSAGES = Path.of(System.getProperty("coachkeep.test.itServerDir", "target/liberty/wlp/usr/servers/coachkeep-it-19080"),
            "logs", "messages.log");

    /** The card-number-shaped numbers in {@code text}. */
    static List<String> cardNumbers(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = DIGITS.matcher(text);
        while (m.find()) {
            String digits = m.group().replaceAll("[ -]", "");
            if (digits.length() >= 13 && digits.length() <= 19 && network(digits) && luhn(digits)) {
                found.add(m.group());
            }
        }
        return found;
    }

    static boolean network(String d) {
        int two = Integer.parseInt(d.substring(0, 2));
        int four = Integer.parseInt(d.substring(0, 4));
        return d.startsWith("4") || (two >= 51 && two <= 55) || (four >= 2221 && four <= 2720) || two == 34 || two == 37
                || d.startsWith("6011") || d.startsWith("65") || two == 36 || two == 38 || two == 30 || (four >= 3528 && four <= 3589) || d.startsWith("62");
    }

    static boolean luhn(String d) {
        int sum = 0;
        boolean twice = false;
        for (int i = d.length() - 1; i >= 0; i--) {
            int n = d.charAt(i) - '0';
            if (twice) {
                n *= 2;
                if (n > 9) {
                    n -= 9;
                }
            }
            sum += n;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    @Test
    void theScannerFindsStripesTestCardsAndNothingElse() {
        assertEquals(List.of("4242 4242 4242 4242"), cardNumbers("paid with 4242 4242 4242 4242 at 1765000000123"));
        assertEquals(List.of("5555555555554444", "378282246310005"), cardNumbers("x 5555555555554444 y 378282246310005 z"));
        assertEquals(List.of(), cardNumbers("4242 4242 4242 4241 and 2026-12-07T10:00:00Z and 1765000000123 and 4000000000000"));
        // ids are not card numbers, whatever digits they hold
        assertEquals(List.of(), cardNumbers("audit target 0f1e2d35-3699-4004-8092-234b5c6d7e8f and 4a2b3c45-4242-4242-4242-424242424242"));
        assertEquals(List.of("4242-4242-4242-4242"), cardNumbers("card: 4242-4242-4242-4242."));
    }

    @Test
    void noColumnApiFieldStoredValueOrLogLineHoldsACardNumberAfterABillingFlow() throws Exception {
        // a flow: onboarding through the stub, invoices paid and failed through signed events
        BillingIT.stubStripe();
        try {
            Workspaces.Populated w = Workspaces.populated("Card scan " + UUID.randomUUID().toString().substring(0, 8));
            String account = BillingIT.onboarded(w);
            List<String[]> events = BillingIT.scenario("evt_scan_" + UUID.randomUUID().toString().substring(0, 8) + "_", account,
                    Instant.now().getEpochSecond() - 600);
            for (String[] e : events) {
                assertEquals(200, BillingIT.deliverSigned(BillingIT.CONNECT, e[1]).statusCode());
            }
            BillingIT.awaitApplied(events.stream().map(e -> e[0]).toList(), Duration.ofSeconds(30));
        } finally {
            BillingIT.stop();
        }

        List<String> problems = new ArrayList<>();
        try (Connection c = BillingIT.db()) {
            List<String[]> textColumns = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery("select table_schema, table_name, column_name, data_type from information_schema.columns "
                    + "where table_schema in ('public', 'keystore') order by 1, 2, 3")) {
                while (rs.next()) {
                    String column = rs.getString(2) + "." + rs.getString(3);
                    if (NAMES.matcher(rs.getString(3)).find()) {
                        problems.add("column " + column + " is named for card data");
                    }
                    String type = rs.getString(4);
                    if (type.equals("text") || type.startsWith("character") || type.equals("jsonb") || type.equals("json")) {
                        textColumns.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                    }
                }
            }
            assertTrue(textColumns.size() > 50, "too few text columns to mean anything: " + textColumns.size());
            for (String[] col : textColumns) {
                String sql = "select \"" + col[2] + "\"::text from \"" + col[0] + "\".\"" + col[1] + "\" where \"" + col[2] + "\"::text ~ '[0-9][0-9 -]{11,}[0-9]'";
                try (ResultSet rs = c.createStatement().executeQuery(sql)) {
                    while (rs.next()) {
                        for (String hit : cardNumbers(rs.getString(1))) {
                            problems.add(col[1] + "." + col[2] + " holds a card-number-shaped value " + hit);
                        }
                    }
                }
            }
        }
        Response openapi = TestServer.request().get("/openapi?format=JSON");
        assertEquals(200, openapi.statusCode());
        List<String> fields = new ArrayList<>();
        collectFields(openapi.jsonPath().getMap(""), fields);
        assertTrue(fields.size() > 100, "too few fields: " + fields.size());
        for (String f : fields) {
            if (NAMES.matcher(f).find() || f.toLowerCase().contains("card")) {
                problems.add("API field " + f + " is named for card data");
            }
        }
        assertTrue(Files.exists(MESSAGES), MESSAGES.toString());
        try (Stream<String> lines = Files.lines(MESSAGES)) {
            lines.forEach(l -> cardNumbers(l).forEach(hit -> problems.add("log line holds " + hit + ": " + l)));
        }
        assertEquals(List.of(), problems);
    }

    @SuppressWarnings("unchecked")
    static void collectFields(Object node, List<String> out) {
        if (node instanceof Map<?, ?> m) {
            Object props = m.get("properties");
            if (props instanceof Map<?, ?> p) {
                p.keySet().forEach(k -> out.add(k.toString()));
            }
            Object params = m.get("parameters");
            if (params instanceof List<?> l) {
                l.stream().filter(x -> x instanceof Map<?, ?>).map(x -> ((Map<String, Object>) x).get("name")).filter(x -> x != null)
                        .forEach(x -> out.add(x.toString()));
            }
            m.values().forEach(v -> collectFields(v, out));
        } else if (node instanceof List<?> l) {
            l.forEach(v -> collectFields(v, out));
        }
    }
}
