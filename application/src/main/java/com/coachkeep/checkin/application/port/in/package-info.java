/** Use cases of the check-in context: forms, schedules, submissions and reviews, body metrics, the review queue and the coach dashboard. */
package com.coachkeep.checkin.application.port.in;
