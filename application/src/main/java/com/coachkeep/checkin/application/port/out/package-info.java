/** Outgoing ports of the check-in context (progress photos: their rows, their files, their signed links, the day's weight). */
package com.coachkeep.checkin.application.port.out;
