/** Outgoing ports of the roster context: storage of clients and coach notes. */
package com.coachkeep.roster.application.port.out;
