/**
 * What the support context offers: the public intake of vulnerability reports, the public sub-processor list and
 * platform status, and the use cases the support console calls, each taking a {@link com.coachkeep.support.application.port.in.SupportActor}.
 */
package com.coachkeep.support.application.port.in;
