package com.coachkeep.infrastructure.email;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Outgoing email configuration (see docs/operations/configuration.md), read once from MicroProfile Config.
 *
 * @param transport       {@code file}, {@code smtp}, {@code resend} or {@code sendgrid}
 * @param from            the sender address, {@code Name <address>} or a bare address
 * @param messageIdDomain the right-hand side of Message-IDs
 * @param folder          where the file transport writes
 * @param apiUrl          the API's public address, for one-click unsubscribe links
 * @param appUrl          the frontend's address, for the preferences link
 */
public record MailSettings(String transport, String from, String messageIdDomain, Path folder, String apiUrl, String appUrl,
        Smtp smtp, Http resend, Http sendGrid) {
    public static final String TRANSPORT = "coachkeep.mail.transport";

    /** SMTP server settings. {@code starttls}: {@code required}, {@code optional} or {@code off}. */
    public record Smtp(String host, int port, String username, String password, String starttls, boolean ssl, Duration timeout,
            int connections) {
    }

    /** A provider's HTTP API. */
    public record Http(String url, String apiKey, Duration timeout) {
    }

    public static MailSettings from(Config config) {
        String mode = text(config, "coachkeep.mode").orElse("development");
        String transport = text(config, TRANSPORT).orElse(mode.equals("production") ? "smtp" : "file").toLowerCase(Locale.ROOT);
        String from = text(config, "coachkeep.mail.from").orElse("Coachkeep <no-reply@coachkeep.localhost>");
        String dataDir = text(config, "coachkeep.data.dir").orElse(System.getProperty("user.home") + "/.coachkeep");
        Duration httpTimeout = Duration.ofMillis(number(config, "coachkeep.mail.http.timeout-ms", 10_000));
        return new MailSettings(transport, from,
                text(config, "coachkeep.mail.message-id-domain").orElse(domainOf(from)),
                Path.of(text(config, "coachkeep.mail.folder").orElse(dataDir + "/mail")),
                text(config, "coachkeep.api.url").orElse("http://localhost:9080").replaceAll("/+$", ""),
                text(config, "coachkeep.app.url").orElse("http://localhost:9080").replaceAll("/+$", ""),
                new Smtp(text(config, "coachkeep.mail.smtp.host").orElse("localhost"),
                        (int) number(config, "coachkeep.mail.smtp.port", 587),
                        text(config, "coachkeep.mail.smtp.username").orElse(null),
                        text(config, "coachkeep.mail.smtp.password").orElse(null),
                        text(config, "coachkeep.mail.smtp.starttls").orElse("required").toLowerCase(Locale.ROOT),
                        Boolean.parseBoolean(text(config, "coachkeep.mail.smtp.ssl").orElse("false")),
                        Duration.ofMillis(number(config, "coachkeep.mail.smtp.timeout-ms", 10_000)),
                        (int) number(config, "coachkeep.mail.smtp.connections", 4)),
                new Http(text(config, "coachkeep.mail.resend.url").orElse("https://api.resend.com").replaceAll("/+$", ""),
                        text(config, "coachkeep.mail.resend.api-key").orElse(null), httpTimeout),
                new Http(text(config, "coachkeep.mail.sendgrid.url").orElse("https://api.sendgrid.com").replaceAll("/+$", ""),
                        text(config, "coachkeep.mail.sendgrid.api-key").orElse(null), httpTimeout));
    }

    static String domainOf(String from) {
        String address = from.contains("<") ? from.substring(from.indexOf('<') + 1, from.indexOf('>', from.indexOf('<'))) : from;
        return address.substring(address.indexOf('@') + 1).strip();
    }

    private static Optional<String> text(Config config, String name) {
        return config.getOptionalValue(name, String.class).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static long number(Config config, String name, long fallback) {
        Optional<String> value = text(config, name);
        try {
            return value.map(Long::parseLong).orElse(fallback);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(name + " must be a whole number, was '" + value.get() + "'", e);
        }
    }
}
