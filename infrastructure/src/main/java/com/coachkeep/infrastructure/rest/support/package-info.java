/**
 * The support context's public edge: {@code /.well-known/security.txt}, the vulnerability report intake (rate-limited
 * per client address and overall), the sub-processor list and the platform status. None needs a sign-in; none
 * shows anything of any workspace.
 */
package com.coachkeep.infrastructure.rest.support;
