/** The training context's incoming ports: program templates, clients' programs, workout logs. */
package com.coachkeep.training.application.port.in;
