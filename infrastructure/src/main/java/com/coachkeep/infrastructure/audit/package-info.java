/**
 * Adapters of the audit trail outside the database: signed checkpoints of each chain's head written to a
 * directory the database never sees, and the id of the request an event belongs to.
 */
package com.coachkeep.infrastructure.audit;
