/**
 * Log adapters: security events on the dedicated {@code com.coachkeep.security} logger, one line each,
 * formatted in one place.
 */
package com.coachkeep.infrastructure.logging;
