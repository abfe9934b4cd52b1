package com.coachkeep.workspace.domain;

import com.coachkeep.shared.domain.Text;
import com.coachkeep.shared.domain.Validator;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The settings a workspace owner controls. All fields are validated together so a caller learns about every
 * invalid field at once.
 *
 * @param coachesSeeAllClients when true, every coach reads the whole roster; otherwise a coach sees only the
 *                             clients assigned to them
 */
public record WorkspaceSettings(String name, ZoneId timezone, Currency currency, Locale locale, String brandColor,
        boolean coachesSeeAllClients) {
    private static final Pattern COLOR = Pattern.compile("^#[0-9a-fA-F]{6}$");
    private static final Set<String> LOCALES = Set.of("en", "en-US", "en-GB", "de", "de-DE", "fr", "fr-FR", "es",
            "es-ES", "it", "nl", "pt", "pt-BR", "sv", "da", "nb", "fi", "pl");
    public static final String DEFAULT_BRAND_COLOR = "#0F766E";

    /** Builds settings from raw text as callers send it; raises InvalidInputException naming each bad field. */
    public static WorkspaceSettings parse(String name, String timezone, String currency, String locale,
            String brandColor, Boolean coachesSeeAllClients) {
        Validator v = new Validator();
        String n = v.check("name", name, raw -> Text.singleLine(raw, 120));
        ZoneId tz = v.check("timezone", timezone, WorkspaceSettings::zone);
        Currency cur = v.check("currency", currency, WorkspaceSettings::currency);
        Locale loc = v.check("locale", locale, WorkspaceSettings::locale);
        String color = v.check("brandColor", brandColor == null ? DEFAULT_BRAND_COLOR : brandColor, WorkspaceSettings::color);
        v.throwIfInvalid();
        return new WorkspaceSettings(n, tz, cur, loc, color, Boolean.TRUE.equals(coachesSeeAllClients));
    }

    static ZoneId zone(String raw) {
        if (raw == null || !ZoneId.getAvailableZoneIds().contains(raw)) {
            throw new IllegalArgumentException("must be an IANA time zone such as Europe/Berlin");
        }
        return ZoneId.of(raw);
    }

    static Currency currency(String raw) {
        if (raw == null || !raw.matches("^[A-Z]{3}$")) {
            throw new IllegalArgumentException("must be an ISO 4217 currency code such as EUR");
        }
        try {
            return Currency.getInstance(raw);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("must be an ISO 4217 currency code such as EUR");
        }
    }

    static Locale locale(String raw) {
        if (raw == null || !LOCALES.contains(raw)) {
            throw new IllegalArgumentException("must be one of the supported locales " + LOCALES.stream().sorted().toList());
        }
        return Locale.forLanguageTag(raw);
    }

    static String color(String raw) {
        if (!COLOR.matcher(raw).matches()) {
            throw new IllegalArgumentException("must be a colour like #0F766E");
        }
        return raw.toUpperCase(Locale.ROOT);
    }
}
