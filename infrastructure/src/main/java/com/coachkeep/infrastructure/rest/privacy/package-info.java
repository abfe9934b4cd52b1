/** The request and response bodies of the data-rights operations (deleting a workspace, a client leaving). */
package com.coachkeep.infrastructure.rest.privacy;
