package com.coachkeep.infrastructure.ratelimit;

/**
 * What a bucket answered: whether the request may go on, how many requests are left, how long until one more would be
 * (zero when allowed) and until the bucket is full again.
 */
public record Outcome(RateLimit.Rule rule, boolean allowed, long remaining, long nanosToWait, long nanosToReset) {
    /** Whole seconds to wait before a retry, at least 1 when refused. */
    public long retryAfterSeconds() {
        return allowed ? 0 : Math.max(1, (nanosToWait + 999_999_999L) / 1_000_000_000L);
    }

    /** Whole seconds until the bucket is full again. */
    public long resetSeconds() {
        return (nanosToReset + 999_999_999L) / 1_000_000_000L;
    }

    /** How full the bucket is, 0 (empty) to 1 (full): the response names the tightest of a request's limits. */
    public double headroom() {
        return (double) remaining / rule.quota();
    }

    /** The IETF draft's {@code RateLimit-Policy} field (draft-ietf-httpapi-ratelimit-headers-09): quota and window. */
    public String policyHeader() {
        return "\"" + rule.limit().wireName() + "\";q=" + rule.quota() + ";w=" + Math.max(1, rule.window().toSeconds());
    }

    /** The IETF draft's {@code RateLimit} field: what is left and the seconds until the quota is whole again. */
    public String rateLimitHeader() {
        return "\"" + rule.limit().wireName() + "\";r=" + remaining + ";t=" + resetSeconds();
    }

    static Outcome unlimited(RateLimit.Rule rule) {
        return new Outcome(rule, true, rule.quota(), 0, 0);
    }
}
