/**
 * What every REST resource shares: who is calling (from the verified token), RFC 9457 problem responses,
 * request ids, body limits, ETags and Idempotency-Key handling.
 */
package com.coachkeep.infrastructure.rest.shared;
