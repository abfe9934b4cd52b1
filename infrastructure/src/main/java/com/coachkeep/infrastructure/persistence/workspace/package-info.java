/**
 * JPA adapter of the workspace context. Entities mirror the tables; mappers translate to and from the domain,
 * which knows nothing of JPA. Every query on a tenant table filters by workspace_id.
 */
package com.coachkeep.infrastructure.persistence.workspace;
