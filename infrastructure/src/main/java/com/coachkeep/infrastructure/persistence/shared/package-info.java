/** What every JPA adapter shares: keyset cursors and the persistence unit's name. */
package com.coachkeep.infrastructure.persistence.shared;
