/**
 * Storage of the check-in context: progress photos' rows (table {@code progress_photo}, changelog 0033) and their files
 * in the file store under the client's key, their erasure, export and support reading, the signed links' key, and
 * the day's weight beside a photo.
 */
package com.coachkeep.infrastructure.persistence.checkin;
