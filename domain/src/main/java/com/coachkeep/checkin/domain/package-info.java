/**
 * Check-ins: versioned forms of questions, schedules of occurrences in the client's own calendar (due, submitted, late,
 * missed, across daylight-saving changes), submissions editable until a coach reviews them, and body metrics stored
 * canonically with the unit entered and their source, read as a time series with an exponentially weighted trend.
 */
package com.coachkeep.checkin.domain;
