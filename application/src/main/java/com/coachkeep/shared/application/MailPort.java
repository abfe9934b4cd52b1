package com.coachkeep.shared.application;

import com.coachkeep.shared.domain.EmailTemplate;
import com.coachkeep.shared.domain.EmailAddress;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Queues an email in the transactional outbox, inside the caller's transaction: it is written with the change
 * that caused it and leaves only once that change is committed, at least once, through the configured mail
 * transport. Nothing is rendered or sent here; the message is structured (template, locale, model) and is
 * rendered when it is delivered.
 */
public interface MailPort {
    /**
     * Queues the email. Queuing the same idempotency key twice in one workspace keeps the first message only,
     * so a retried use case never sends twice.
     */
    void enqueue(Email email);

    /**
     * One email, as the use case that sends it describes it.
     *
     * @param template       which email (and so whether it is essential)
     * @param to             the recipient
     * @param workspaceId    the workspace the email belongs to; {@code null} for platform-wide emails
     * @param locale         the language to render it in (English when the template has no such translation)
     * @param branding       the sending workspace's name, colour and time zone
     * @param model          the values the template shows: strings, numbers, booleans, and lists and maps of
     *                       them; secrets (invitation links) are kept only until the email is sent
     * @param idempotencyKey derived from domain ids, so that the same logical email always has the same key; it
     *                       also gives the email its Message-ID
     */
    record Email(EmailTemplate template, Recipient to, WorkspaceId workspaceId, Locale locale, Branding branding,
            Map<String, Object> model, String idempotencyKey) {
        public Email {
            Objects.requireNonNull(template, "template");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(locale, "locale");
            Objects.requireNonNull(branding, "branding");
            Objects.requireNonNull(idempotencyKey, "idempotencyKey");
            if (idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
                throw new IllegalArgumentException("idempotencyKey must have 1 to 200 characters");
            }
            if (!template.essential() && to.personId() == null) {
                throw new IllegalArgumentException("an optional email needs a recipient who is a person, whose preferences apply");
            }
            model = copyOf(model == null ? Map.of() : model, "model");
        }

        /** Essential emails are always sent; the others respect the recipient's notification preferences. */
        public boolean essential() {
            return template.essential();
        }

        private static Map<String, Object> copyOf(Map<?, ?> map, String path) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> {
                if (!(k instanceof String key)) {
                    throw new IllegalArgumentException(path + " has a key that is not a string");
                }
                copy.put(key, value(v, path + "." + key));
            });
            return Collections.unmodifiableMap(copy);
        }

        private static Object value(Object v, String path) {
            if (v instanceof String || v instanceof Boolean || v instanceof Number) {
                return v;
            }
            if (v instanceof Map<?, ?> m) {
                return copyOf(m, path);
            }
            if (v instanceof List<?> list) {
                List<Object> copy = new ArrayList<>();
                for (int i = 0; i < list.size(); i++) {
                    copy.add(value(list.get(i), path + "[" + i + "]"));
                }
                return Collections.unmodifiableList(copy);
            }
            throw new IllegalArgumentException(path + " must be a string, number, boolean, list or map, was " + v);
        }
    }

    /**
     * Who receives an email.
     *
     * @param address  where it goes
     * @param name     how to address them, or {@code null}
     * @param personId the person, when the recipient is one already (required for optional emails)
     */
    record Recipient(EmailAddress address, String name, PersonId personId) {
        public Recipient {
            Objects.requireNonNull(address, "address");
        }

        public static Recipient of(EmailAddress address) {
            return new Recipient(address, null, null);
        }
    }

    /**
     * How the email looks and reads for its workspace: the workspace's name in the header and sender name,
     * its brand colour, and its time zone for dates.
     */
    record Branding(String name, String color, ZoneId timeZone) {
        public static final String PLATFORM_NAME = "Coachkeep";
        /** Coachkeep's own colour, which is also a new workspace's until its owner picks one. */
        public static final String PLATFORM_COLOR = "#0F766E";

        public Branding {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(timeZone, "timeZone");
            if (color == null || !color.matches("^#[0-9A-Fa-f]{6}$")) {
                throw new IllegalArgumentException("color must look like #0F766E");
            }
        }

        /** Coachkeep's own look, for emails that belong to no workspace. */
        public static Branding platform() {
            return new Branding(PLATFORM_NAME, PLATFORM_COLOR, ZoneOffset.UTC);
        }
    }
}
