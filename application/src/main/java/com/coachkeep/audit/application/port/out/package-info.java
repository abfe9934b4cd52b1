/** What the audit trail needs: an append-only event store and a place outside the database for signed checkpoints. */
package com.coachkeep.audit.application.port.out;
