/**
 * Check-ins: forms, schedules, submissions, body metrics and progress photos (docs/checkins.md, docs/photos.md).
 */
package com.coachkeep.checkin.domain;
