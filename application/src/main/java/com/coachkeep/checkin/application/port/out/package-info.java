/** What the check-in context needs from storage and from other contexts. */
package com.coachkeep.checkin.application.port.out;
