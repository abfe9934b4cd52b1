package com.coachkeep.infrastructure.email;

import com.coachkeep.shared.application.MailPort;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders emails from Mustache templates on the class path:
 * {@code email/templates/<template id>/{subject,text,html}.<locale>.mustache}, placed inside
 * {@code email/templates/layout/{text,html}.<locale>.mustache}, which carry the workspace's name and brand colour
 * and, for optional emails, the unsubscribe footer. A locale falls back from {@code de-DE} to {@code de} to English.
 * HTML is escaped in the HTML part; the emails hold no images, tracking pixels or rewritten links.
 *
 * <p>Besides the message's model, templates see: {@code workspaceName}, {@code brandColor},
 * {@code brandTextColor} (black or white, whichever reads on the brand colour), {@code recipientName},
 * {@code essential}, {@code unsubscribeUrl} and {@code preferencesUrl} (optional emails only), a lambda
 * {@code date} that formats an ISO instant for the locale and the workspace's time zone, and, for each text value
 * {@code x}, a map {@code xIs} for choosing wording ({@code {{#roleIs.coach}}a coach{{/roleIs.coach}}}), and for each
 * list {@code x}, a flag {@code xAny} that it is not empty.
 */
public final class EmailRenderer {
    static final String ROOT = "email/templates/";
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    private final Mustache.Compiler html = Mustache.compiler().escapeHTML(true);
    private final Mustache.Compiler text = Mustache.compiler().escapeHTML(false);
    private final Map<String, Optional<Template>> cache = new ConcurrentHashMap<>();

    /** Links an email may carry besides those in its model. */
    public record Links(String unsubscribeUrl, String preferencesUrl) {
        public static final Links NONE = new Links(null, null);
    }

    public RenderedEmail render(MailPort.Email email, Links links) {
        Map<String, Object> context = context(email, links);
        String id = email.template().id();
        String subject = template(id, "subject", email.locale(), text).execute(context).strip();
        subject = WHITESPACE.matcher(subject).replaceAll(" ");
        Map<String, Object> layout = new HashMap<>(context);
        layout.put("subject", subject);
        layout.put("content", template(id, "text", email.locale(), text).execute(context).strip());
        String textBody = template("layout", "text", email.locale(), text).execute(layout).strip() + "\n";
        layout.put("content", template(id, "html", email.locale(), html).execute(context).strip());
        String htmlBody = template("layout", "html", email.locale(), html).execute(layout);
        return new RenderedEmail(subject, textBody, htmlBody);
    }

    private Map<String, Object> context(MailPort.Email email, Links links) {
        Map<String, Object> c = enrich(email.model());
        c.putIfAbsent("workspaceName", email.branding().name());
        c.put("brandColor", email.branding().color());
        c.put("brandTextColor", readableOn(email.branding().color()));
        c.put("platform", MailPort.Branding.PLATFORM_NAME.equals(email.branding().name()));
        if (email.to().name() != null) {
            c.put("recipientName", email.to().name());
        }
        c.put("essential", email.essential());
        if (links.unsubscribeUrl() != null) {
            c.put("unsubscribeUrl", links.unsubscribeUrl());
        }
        if (links.preferencesUrl() != null) {
            c.put("preferencesUrl", links.preferencesUrl());
        }
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(email.locale());
        c.put("date", (Mustache.Lambda) (fragment, out) -> {
            String raw = fragment.execute().strip();
            ZonedDateTime at = Instant.parse(raw).atZone(email.branding().timeZone());
            out.write(format.format(at) + " (" + email.branding().timeZone().getId() + ")");
        });
        return c;
    }

    /** Adds the {@code xIs} choice maps and {@code xAny} (a list is not empty) at every level of the model. */
    private static Map<String, Object> enrich(Map<String, Object> model) {
        Map<String, Object> c = new LinkedHashMap<>();
        model.forEach((key, value) -> {
            c.put(key, enrichValue(value));
            if (value instanceof String s) {
                c.put(key + "Is", Map.of(s, Boolean.TRUE));
            }
            if (value instanceof List<?> list) {
                c.put(key + "Any", !list.isEmpty());
            }
        });
        return c;
    }

    @SuppressWarnings("unchecked")
    private static Object enrichValue(Object value) {
        if (value instanceof Map<?, ?> m) {
            return enrich((Map<String, Object>) m);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(EmailRenderer::enrichValue).toList();
        }
        return value;
    }

    /** Black or white text, whichever contrasts more with the background colour (WCAG relative luminance). */
    static String readableOn(String color) {
        int rgb = Integer.parseInt(color.substring(1), 16);
        double l = 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
        return (l + 0.05) / 0.05 > 1.05 / (l + 0.05) ? "#111111" : "#FFFFFF";
    }

    private static double channel(int value) {
        double c = (value & 0xFF) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private Template template(String id, String part, Locale locale, Mustache.Compiler compiler) {
        for (String tag : candidates(locale)) {
            String path = ROOT + id + "/" + part + "." + tag + ".mustache";
            Optional<Template> t = cache.computeIfAbsent(path + (compiler == html ? "#html" : "#text"), k -> load(path, compiler));
            if (t.isPresent()) {
                return t.get();
            }
        }
        throw new MissingTemplateException(ROOT + id + "/" + part + ".en.mustache");
    }

    static List<String> candidates(Locale locale) {
        List<String> tags = new ArrayList<>();
        if (!locale.getCountry().isEmpty()) {
            tags.add(locale.getLanguage() + "-" + locale.getCountry());
        }
        if (!locale.getLanguage().isEmpty()) {
            tags.add(locale.getLanguage());
        }
        if (!tags.contains("en")) {
            tags.add("en");
        }
        return tags;
    }

    private static Optional<Template> load(String path, Mustache.Compiler compiler) {
        InputStream in = EmailRenderer.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            return Optional.empty();
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return Optional.of(compiler.compile(reader));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A template the code asks for is not on the class path: a packaging error no retry can fix. */
    public static final class MissingTemplateException extends RuntimeException {
        public MissingTemplateException(String path) {
            super("email template missing: " + path);
        }
    }
}
