/** Use cases of the roster context: inviting, listing, reading and updating clients, and coach notes. */
package com.coachkeep.roster.application.port.in;
