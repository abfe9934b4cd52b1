/** JPA adapter of the roster context (clients and coach notes); lists are keyset-paginated native queries. */
package com.coachkeep.infrastructure.persistence.roster;
