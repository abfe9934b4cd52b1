/** Use cases of the nutrition context: targets, tolerance and time zone, daily logs, habits and check-offs, compliance. */
package com.coachkeep.nutrition.application.port.in;
