/**
 * The API's rate limits: token buckets (Bucket4j) kept in PostgreSQL, or in Redis when configured, so that every server node counts against the
 * same buckets, keyed by a hash of what they limit. The REST edge asks; this package only counts.
 */
package com.coachkeep.infrastructure.ratelimit;
