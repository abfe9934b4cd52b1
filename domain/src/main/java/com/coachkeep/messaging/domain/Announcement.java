package com.coachkeep.messaging.domain;

import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One message written to many clients (a segment: by tag, by status, or every client the author may read), sent as an
 * individual message into each client's conversation by a background job, with its progress. The text may name the
 * client with {@value #FIRST_NAME}, replaced for each.
 */
public record Announcement(UUID id, WorkspaceId workspaceId, PersonId authorId, String text, String segmentTag, String segmentStatus,
        int total, int sent, int skipped, Status status, Instant createdAt, Instant finishedAt) {
    public static final String FIRST_NAME = "{firstName}";
    private static final Set<String> PLACEHOLDERS = Set.of(FIRST_NAME);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z]+\\}");

    public enum Status { RUNNING, DONE }

    /** The text checked as a message's, with only known placeholders. */
    public static String checkTemplate(String text) {
        Message.checkText("text", text);
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group())) {
                throw InvalidInputException.of("text", "names an unknown placeholder " + m.group() + " (known: " + FIRST_NAME + ")");
            }
        }
        return text;
    }

    /** The text for one client: placeholders replaced; the result kept within a message's length. */
    public static String render(String template, String displayName) {
        String first = displayName == null || displayName.isBlank() ? "there" : displayName.strip().split("\\s+")[0];
        String text = template.replace(FIRST_NAME, first);
        return text.codePointCount(0, text.length()) <= Message.MAX_LENGTH ? text
                : text.substring(0, text.offsetByCodePoints(0, Message.MAX_LENGTH));
    }

    /** The id of the message this announcement sends to a client: the same on every attempt, so a retry never duplicates. */
    public static UUID messageId(UUID announcementId, UUID clientId) {
        return UUID.nameUUIDFromBytes(("announcement:" + announcementId + ":" + clientId).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
