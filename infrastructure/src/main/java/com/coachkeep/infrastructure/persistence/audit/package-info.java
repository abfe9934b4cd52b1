/** The audit trail's event store in PostgreSQL: native SQL over an append-only table and its chain heads. */
package com.coachkeep.infrastructure.persistence.audit;
