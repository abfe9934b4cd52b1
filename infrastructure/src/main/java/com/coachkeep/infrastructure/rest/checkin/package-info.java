/** REST resources of the check-in context: forms, schedules, check-ins and reviews, body metrics, the review queue and the coach dashboard. */
package com.coachkeep.infrastructure.rest.checkin;
