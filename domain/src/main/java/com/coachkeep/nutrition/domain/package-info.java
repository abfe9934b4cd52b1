/**
 * Nutrition and habits: a client's targets by day type, daily logs kept as logged, adherence within the coach's
 * tolerance, and habits checked off day by day in the client's own calendar with streaks and adherence.
 */
package com.coachkeep.nutrition.domain;
