/** The REST adapter of the check-in context (progress photos: {@code …/clients/{clientId}/photos}, {@code /api/v1/photo-links}). */
package com.coachkeep.infrastructure.rest.checkin;
