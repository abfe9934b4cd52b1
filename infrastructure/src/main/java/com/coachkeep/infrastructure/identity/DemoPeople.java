package com.coachkeep.infrastructure.identity;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The people of the development demo workspace: who the development issuer mints tokens for and
 * whom the demo-data seeder creates, so that a token from {@code /dev/token?person=coach} belongs
 * to a person the database knows.
 */
public final class DemoPeople {

    /** What a demo person is in the demo workspace. */
    public enum Kind { OWNER, COACH, ASSISTANT, CLIENT }

    /**
     * One demo person.
     *
     * @param key     the short name used by {@code /dev/token?person=}
     * @param subject the token {@code sub}, stable across restarts
     * @param email   a verified email address on a reserved test domain
     * @param name    the display name
     * @param kind    owner, staff or client
     */
    public record DemoPerson(String key, String subject, String email, String name, Kind kind) {
    }

    public static final DemoPerson OWNER =
            new DemoPerson("owner", "demo-owner", "owner@demo.coachkeep.test", "Olivia Owner", Kind.OWNER);
    public static final DemoPerson COACH =
            new DemoPerson("coach", "demo-coach", "coach@demo.coachkeep.test", "Casey Coach", Kind.COACH);
    public static final DemoPerson ASSISTANT =
            new DemoPerson("assistant", "demo-assistant", "assistant@demo.coachkeep.test", "Avery Assistant", Kind.ASSISTANT);
    public static final DemoPerson CLIENT_1 =
            new DemoPerson("client1", "demo-client-1", "client1@demo.coachkeep.test", "Chris Client", Kind.CLIENT);
    public static final DemoPerson CLIENT_2 =
            new DemoPerson("client2", "demo-client-2", "client2@demo.coachkeep.test", "Jamie Client", Kind.CLIENT);
    public static final DemoPerson CLIENT_3 =
            new DemoPerson("client3", "demo-client-3", "client3@demo.coachkeep.test", "Robin Client", Kind.CLIENT);

    /** Everyone, owner first, then staff, then clients. */
    public static final List<DemoPerson> ALL = List.of(OWNER, COACH, ASSISTANT, CLIENT_1, CLIENT_2, CLIENT_3);

    private DemoPeople() {
    }

    /** The person with this key ({@code owner}, {@code client1}, also {@code client-1}) or subject ({@code demo-client-1}). */
    public static Optional<DemoPerson> find(String keyOrSubject) {
        if (keyOrSubject == null) {
            return Optional.empty();
        }
        String wanted = keyOrSubject.trim().toLowerCase(Locale.ROOT);
        return ALL.stream()
                .filter(p -> p.key().equals(wanted)
                        || p.subject().equals(wanted)
                        || p.key().equals(wanted.replace("-", "")))
                .findFirst();
    }

    /** The people of one kind, in {@link #ALL} order. */
    public static List<DemoPerson> ofKind(Kind kind) {
        return ALL.stream().filter(p -> p.kind() == kind).toList();
    }
}
