package com.coachkeep.infrastructure.email;

import com.coachkeep.notification.domain.DeliveryOutcome.Accepted;
import com.coachkeep.notification.domain.DeliveryOutcome;
import com.coachkeep.notification.domain.DeliveryOutcome.TemporaryFailure;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Development: writes each message as an {@code .eml} file into a folder (open it with any mail program), one
 * file per idempotency key, so a repeated delivery replaces the file instead of adding one. Files appear whole:
 * each is written beside its name and then moved into place.
 */
public final class FileMailTransport implements MailTransport {
    private static final Logger LOG = Logger.getLogger(FileMailTransport.class.getName());
    private final Path folder;
    private final Session session = Session.getInstance(new Properties());

    public FileMailTransport(Path folder) {
        this.folder = folder;
    }

    @Override
    public DeliveryOutcome send(OutgoingMessage message) {
        String name = MessageComposer.sha256(message.idempotencyKey()).substring(0, 32) + ".eml";
        Path file = folder.resolve(name);
        try {
            Files.createDirectories(folder);
            Path partial = Files.createTempFile(folder, ".writing-", ".tmp");
            try (OutputStream out = Files.newOutputStream(partial)) {
                MimeMessages.of(message, session).writeTo(out);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | MessagingException e) {
            return new TemporaryFailure("could not write " + file + ": " + e, null);
        }
        LOG.info(() -> "email (" + message.template() + ") to " + message.to() + " written to " + file);
        return new Accepted(name);
    }
}
