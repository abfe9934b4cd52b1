/**
 * The training context's outgoing ports: the exercise library's storage and the optional exercise-description
 * provider; storage of templates, clients' programs and logs, and the exercises they name.
 */
package com.coachkeep.training.application.port.out;
