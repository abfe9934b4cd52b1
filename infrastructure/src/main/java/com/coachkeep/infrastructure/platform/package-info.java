/**
 * Platform plumbing of the deployable: the start-up sequence (production-mode guard, embedded
 * PostgreSQL in development, Liquibase, then {@link com.coachkeep.infrastructure.platform.PlatformReady}, whose first
 * observers replay the recorded deletions and encrypt fields still in plaintext),
 * readiness, and transport hardening (HSTS). Nothing here knows a bounded context.
 */
package com.coachkeep.infrastructure.platform;
