package com.coachkeep.infrastructure.ratelimit;

import com.coachkeep.privacy.application.port.out.DataRightsExemptionPort;
import java.util.Map;

/** The rate limiter's buckets identify nobody: neither erased nor exported. */
public class RateLimitBucketExemption implements DataRightsExemptionPort {
    static final Map<String, String> TABLES = Map.of("rate_limit_bucket",
            "the API's rate-limit token buckets, keyed by hashes (no identifier of anyone), forgotten once full again");

    @Override
    public Map<String, String> neither() {
        return TABLES;
    }
}
