package com.coachkeep.workspace.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.Violation;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class WorkspaceSettingsTest {

    @Test
    void validSettingsAreParsed() {
        WorkspaceSettings s = WorkspaceSettings.parse("  Iron Temple  ", "America/New_York", "USD", "en-US", "#1a2b3c",
                true);

        assertEquals("Iron Temple", s.name());
        assertEquals(ZoneId.of("America/New_York"), s.timezone());
        assertEquals(Currency.getInstance("USD"), s.currency());
        assertEquals(Locale.forLanguageTag("en-US"), s.locale());
        assertEquals("#1A2B3C", s.brandColor());
        assertTrue(s.coachesSeeAllClients());
    }

    @Test
    void missingBrandColourAndVisibilityFallBackToDefaults() {
        WorkspaceSettings s = WorkspaceSettings.parse("Iron Temple", "Europe/Berlin", "EUR", "de", null, null);

        assertEquals(WorkspaceSettings.DEFAULT_BRAND_COLOR, s.brandColor());
        assertEquals("#0F766E", s.brandColor());
        assertFalse(s.coachesSeeAllClients());
    }

    @Test
    void everyInvalidFieldIsReportedAtOnce() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> WorkspaceSettings.parse(" ", "Mars/Olympus_Mons", "euro", "tlh", "teal", true));

        assertEquals(Set.of("name", "timezone", "currency", "locale", "brandColor"), fields(e));
        assertEquals(5, e.violations().size());
    }

    @Test
    void onlyTheInvalidFieldsAreReported() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> WorkspaceSettings.parse("Iron Temple", "Europe/Berlin", "XYZ", "en", "#12345", false));

        assertEquals(Set.of("currency", "brandColor"), fields(e));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "Iron\nTemple"})
    void nameMustBeASingleNonBlankLine(String name) {
        assertEquals(Set.of("name"), fields(assertThrows(InvalidInputException.class,
                () -> WorkspaceSettings.parse(name, "Europe/Berlin", "EUR", "en", null, null))));
    }

    @Test
    void nameIsAtMost120Characters() {
        assertEquals(120, WorkspaceSettings.parse("n".repeat(120), "Europe/Berlin", "EUR", "en", null, null).name().length());
        assertEquals(Set.of("name"), fields(assertThrows(InvalidInputException.class,
                () -> WorkspaceSettings.parse("n".repeat(121), "Europe/Berlin", "EUR", "en", null, null))));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "Berlin", "europe/berlin", "GMT+25", "+02:00"})
    void timezoneMustBeAnIanaZone(String timezone) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> WorkspaceSettings.parse("Iron Temple", timezone, "EUR", "en", null, null));

        assertEquals(List.of(new Violation("timezone", "must be an IANA time zone such as Europe/Berlin")), e.violations());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "eur", "EURO", "E1R", "QQQ"})
    void currencyMustBeAnUpperCaseIsoCode(String currency) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> WorkspaceSettings.parse("Iron Temple", "Europe/Berlin", currency, "en", null, null));

        assertEquals(List.of(new Violation("currency", "must be an ISO 4217 currency code such as EUR")), e.violations());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "EN", "en_US", "ja", "de-AT"})
    void localeMustBeOneOfTheSupportedOnes(String locale) {
        assertEquals(Set.of("locale"), fields(assertThrows(InvalidInputException.class,
                () -> WorkspaceSettings.parse("Iron Temple", "Europe/Berlin", "EUR", locale, null, null))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "pt-BR", "nb", "fr-FR"})
    void supportedLocalesRoundTripToTheirTag(String locale) {
        assertEquals(locale,
                WorkspaceSettings.parse("Iron Temple", "Europe/Berlin", "EUR", locale, null, null).locale().toLanguageTag());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0F766E", "#0F766", "#0F766EE", "#GGGGGG", "red"})
    void brandColourMustBeAHexTriplet(String color) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> WorkspaceSettings.parse("Iron Temple", "Europe/Berlin", "EUR", "en", color, null));

        assertEquals(List.of(new Violation("brandColor", "must be a colour like #0F766E")), e.violations());
    }

    private static Set<String> fields(InvalidInputException e) {
        return e.violations().stream().map(Violation::field).collect(Collectors.toSet());
    }
}
