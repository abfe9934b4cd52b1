/** REST resources of the roster context: clients and coach notes. */
package com.coachkeep.infrastructure.rest.roster;
