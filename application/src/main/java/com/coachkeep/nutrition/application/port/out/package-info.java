/** Outgoing ports of the nutrition context: storage of targets, settings, logs, habits and check-offs, and the workout side of compliance. */
package com.coachkeep.nutrition.application.port.out;
