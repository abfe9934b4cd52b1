package com.coachkeep.incontainer;

import com.coachkeep.infrastructure.email.MailSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The server's development mail folder, read in the container: the server's outbox worker delivers what the use cases
 * under test queue as {@code .eml} files there.
 */
final class MailFolder {
    private MailFolder() {
    }

    static String subjectOf(String mail) throws jakarta.mail.MessagingException {
        return new jakarta.mail.internet.MimeMessage(jakarta.mail.Session.getInstance(new java.util.Properties()),
                new java.io.ByteArrayInputStream(mail.getBytes(StandardCharsets.UTF_8))).getSubject();
    }

    static Path folder() {
        return MailSettings.from(ConfigProvider.getConfig()).folder();
    }

    static String awaitMailTo(String address) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            Optional<String> mail = mailTo(address).stream().findFirst();
            if (mail.isPresent()) {
                return mail.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no email to " + address + " in " + folder());
    }

    /**
     * Waits until the outbox holds no pending email of this template in this workspace: everything the step under test
     * queued there was delivered (or given up on), so that an email that is absent now will not arrive later.
     */
    static void awaitOutboxDrained(com.coachkeep.shared.domain.WorkspaceId workspace, String template) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Db.in(workspace).countRows("select count(*) from outbox_message where template = ? and status = 'PENDING'", template) > 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the outbox still holds pending '" + template + "' emails after 90 seconds");
            }
            Thread.sleep(200);
        }
    }

    static List<String> mailTo(String address) {
        Path folder = folder();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".eml")).map(MailFolder::read)
                    .filter(text -> text.contains("To: ") && text.contains(address)).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
