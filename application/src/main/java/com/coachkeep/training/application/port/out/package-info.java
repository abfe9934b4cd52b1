/** The training context's outgoing ports: the exercise library's storage and the optional exercise-description provider. */
package com.coachkeep.training.application.port.out;
