package com.coachkeep.infrastructure.email;

import com.coachkeep.shared.application.MailPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes each email as an RFC 5322 message into {@code <data dir>/mail/}, one file per idempotency key, so a
 * repeated send replaces rather than duplicates. The Message-ID is derived from the idempotency key.
 */
@ApplicationScoped
public class EmlFolderMailAdapter implements MailPort {
    private static final Logger LOG = Logger.getLogger(EmlFolderMailAdapter.class.getName());

    @Inject
    @ConfigProperty(name = "coachkeep.data.dir")
    String dataDir;

    @Inject
    @ConfigProperty(name = "coachkeep.mail.from", defaultValue = "Coachkeep <no-reply@coachkeep.localhost>")
    String from;

    @Override
    public void send(Email email) {
        String id = sha256(email.idempotencyKey());
        Path folder = Path.of(dataDir, "mail");
        Path file = folder.resolve(id.substring(0, 32) + ".eml");
        String message = "Message-ID: <" + id.substring(0, 40) + "@coachkeep>\r\n"
                + "Date: " + DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)) + "\r\n"
                + "From: " + from + "\r\n"
                + "To: " + email.to().value() + "\r\n"
                + "Subject: =?UTF-8?B?" + Base64.getEncoder().encodeToString(email.subject().getBytes(StandardCharsets.UTF_8)) + "?=\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: 8bit\r\n"
                + "\r\n"
                + email.textBody().replace("\r\n", "\n").replace("\n", "\r\n");
        try {
            Files.createDirectories(folder);
            Files.writeString(file, message, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write email to " + folder, e);
        }
        LOG.info(() -> "email to " + email.to() + " written to " + file);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
