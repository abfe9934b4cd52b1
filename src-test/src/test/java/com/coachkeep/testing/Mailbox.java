package com.coachkeep.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads the emails the server under test wrote into its development mail folder. */
public final class Mailbox {
    private static final Pattern INVITATION_LINK = Pattern.compile("/invitations/([A-Za-z0-9_-]{20,})");

    private Mailbox() {
    }

    /** All messages addressed to {@code email}, newest last. */
    public static List<String> messagesTo(String email) {
        Path folder = TestServer.DATA_DIR.resolve("mail");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".eml"))
                    .sorted(Comparator.comparing(Mailbox::modified))
                    .map(Mailbox::read)
                    .filter(m -> m.contains("\r\nTo: " + email.toLowerCase() + "\r\n"))
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The invitation token of the newest invitation email to {@code email}; waits up to ten seconds for it. */
    public static String invitationToken(String email) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (true) {
            List<String> messages = messagesTo(email);
            Optional<String> token = messages.isEmpty() ? Optional.empty() : token(messages.get(messages.size() - 1));
            if (token.isPresent()) {
                return token.get();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no invitation email to " + email);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    static Optional<String> token(String message) {
        Matcher m = INVITATION_LINK.matcher(message);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
