/**
 * The audit trail: an append-only, hash-chained record of security-relevant events per workspace. Each event's
 * hash covers its content and the previous event's hash, so altering, removing or inserting a row breaks the
 * chain from that point; signed checkpoints of the chain head, kept outside the database, also reveal a
 * rewritten or truncated chain.
 */
package com.coachkeep.audit.domain;
