/** REST resources of the privacy context: deleting a workspace, a client leaving, and data exports (requests, progress,
 * downloads). */
package com.coachkeep.infrastructure.rest.privacy;
