package com.coachkeep.infrastructure.ratelimit;

import com.coachkeep.support.domain.AbuseFlag;
import java.time.Duration;

/**
 * The limits of the API, each with its configuration keys ({@code coachkeep.ratelimit.<name>.limit} and
 * {@code .period}, an ISO-8601 duration) and its default. The first three hold on every request; the others are tighter,
 * where guessing or bulk copying pays. The defaults are generous for people and integrations that use the API as
 * documented; docs/operations/configuration.md lists them.
 */
public enum RateLimit {
    /** Every request of one signed-in person. */
    PERSON("person", AbuseFlag.SubjectKind.PERSON, 6_000, Duration.ofMinutes(1)),
    /** Every request addressed to one workspace, by all its members together. */
    WORKSPACE("workspace", AbuseFlag.SubjectKind.WORKSPACE, 30_000, Duration.ofMinutes(1)),
    /** Every request from one client address (several people may share one behind a NAT). */
    ADDRESS("address", AbuseFlag.SubjectKind.ADDRESS, 30_000, Duration.ofMinutes(1)),
    /** Attempts to accept an invitation, by one person: a guessed token answers 404. */
    INVITATION_ACCEPT("invitation-accept", AbuseFlag.SubjectKind.PERSON, 20, Duration.ofHours(1)),
    /** Export requests (a workspace's or a client's own), by one person: each one copies everything. */
    EXPORT_REQUEST("export-request", AbuseFlag.SubjectKind.PERSON, 10, Duration.ofHours(1)),
    /** Export downloads, by one person: a guessed link answers 404, a real one hands over an archive. */
    EXPORT_DOWNLOAD("export-download", AbuseFlag.SubjectKind.PERSON, 30, Duration.ofHours(1)),
    /**
     * Look-ups by one person that answer 404, per operation: ids tried one after another (enumeration). Counted when the
     * answer is 404, so a person who finds what they look for is never limited by it.
     */
    NOT_FOUND("not-found", AbuseFlag.SubjectKind.PERSON, 100, Duration.ofMinutes(10));

    private final String wireName;
    private final AbuseFlag.SubjectKind subjectKind;
    private final long defaultLimit;
    private final Duration defaultPeriod;

    RateLimit(String wireName, AbuseFlag.SubjectKind subjectKind, long defaultLimit, Duration defaultPeriod) {
        this.wireName = wireName;
        this.subjectKind = subjectKind;
        this.defaultLimit = defaultLimit;
        this.defaultPeriod = defaultPeriod;
    }

    /** The name in configuration keys, headers, problems and abuse flags. */
    public String wireName() {
        return wireName;
    }

    /** Whether every request passes this limit (person, workspace, address), rather than a few operations. */
    public boolean everyRequest() {
        return this == PERSON || this == WORKSPACE || this == ADDRESS;
    }

    public AbuseFlag.SubjectKind subjectKind() {
        return subjectKind;
    }

    public long defaultLimit() {
        return defaultLimit;
    }

    public Duration defaultPeriod() {
        return defaultPeriod;
    }

    public String limitKey() {
        return "coachkeep.ratelimit." + wireName + ".limit";
    }

    public String periodKey() {
        return "coachkeep.ratelimit." + wireName + ".period";
    }

    /** A limit as configured: at most {@code quota} requests in {@code window}, refilled gradually. */
    public record Rule(RateLimit limit, long quota, Duration window) {
        public Rule {
            if (quota < 1 || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException(limit + ": a limit needs a quota of at least 1 and a positive period");
            }
        }

        public static Rule byDefault(RateLimit limit) {
            return new Rule(limit, limit.defaultLimit, limit.defaultPeriod);
        }
    }
}
