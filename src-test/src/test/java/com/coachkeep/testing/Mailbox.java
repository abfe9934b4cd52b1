package com.coachkeep.testing;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the emails the server under test delivered into its development mail folder (the {@code file} transport:
 * one {@code .eml} file per email). Emails leave through the outbox after the request's transaction commits, so
 * readers wait for them.
 */
public final class Mailbox {
    private static final Pattern INVITATION_LINK = Pattern.compile("/invitations/([A-Za-z0-9_-]{20,})");
    private static final Session SESSION = Session.getInstance(new Properties());
    private static final Set<String> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private Mailbox() {
    }

    /** A delivered email: its file, the parsed message and its plain-text part. */
    public record Mail(Path file, MimeMessage message, String text, String html) {
    }

    /** All emails delivered to {@code email}, oldest first. */
    public static List<Mail> mailTo(String email) {
        Path folder = TestServer.DATA_DIR.resolve("mail");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Mail> mails = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".eml")).sorted(Comparator.comparing(Mailbox::modified)).toList()) {
                Optional<Mail> mail = read(f);
                if (mail.isPresent() && addressedTo(mail.get().message(), email)) {
                    mails.add(mail.get());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return mails;
    }

    /** The plain-text bodies of all emails delivered to {@code email}, oldest first. */
    public static List<String> messagesTo(String email) {
        return mailTo(email).stream().map(Mail::text).toList();
    }

    /** Waits up to ten seconds for a first email to {@code email}. */
    public static Mail awaitMailTo(String email) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (true) {
            List<Mail> mails = mailTo(email);
            if (!mails.isEmpty()) {
                return mails.get(mails.size() - 1);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no email to " + email);
            }
            pause();
        }
    }

    /**
     * The invitation token of the newest invitation email to {@code email}. Waits up to ten seconds for one this
     * method has not returned before (a resent invitation's new link), then settles for the newest.
     */
    public static String invitationToken(String email) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (true) {
            List<String> messages = messagesTo(email);
            Optional<String> token = messages.isEmpty() ? Optional.empty() : token(messages.get(messages.size() - 1));
            if (token.isPresent() && (HANDED_OUT.add(token.get()) || Instant.now().isAfter(deadline))) {
                return token.get();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no invitation email to " + email);
            }
            pause();
        }
    }

    static Optional<String> token(String message) {
        Matcher m = INVITATION_LINK.matcher(message);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static boolean addressedTo(MimeMessage m, String email) {
        try {
            return m.getAllRecipients() != null && Stream.of(m.getAllRecipients())
                    .anyMatch(a -> ((InternetAddress) a).getAddress().equalsIgnoreCase(email));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<Mail> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MimeMessage m = new MimeMessage(SESSION, in);
            String text = null;
            String html = null;
            if (m.getContent() instanceof Multipart parts) {
                for (int i = 0; i < parts.getCount(); i++) {
                    BodyPart part = parts.getBodyPart(i);
                    if (part.isMimeType("text/plain")) {
                        text = (String) part.getContent();
                    } else if (part.isMimeType("text/html")) {
                        html = (String) part.getContent();
                    }
                }
            } else {
                text = String.valueOf(m.getContent());
            }
            return Optional.of(new Mail(file, m, text, html));
        } catch (NoSuchFileException gone) {
            return Optional.empty();
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
