/** The support context's stores in native SQL: vulnerability reports and sub-processors, platform data without row-level security. */
package com.coachkeep.infrastructure.persistence.support;
