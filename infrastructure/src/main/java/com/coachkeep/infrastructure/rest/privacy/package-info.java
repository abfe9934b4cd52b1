/** REST resources of the privacy context: data exports (requests, progress, downloads). */
package com.coachkeep.infrastructure.rest.privacy;
