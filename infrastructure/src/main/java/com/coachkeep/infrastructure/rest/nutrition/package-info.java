/** REST resources of the nutrition context: a client's targets, tolerance, time zone, daily logs, habits and compliance. */
package com.coachkeep.infrastructure.rest.nutrition;
