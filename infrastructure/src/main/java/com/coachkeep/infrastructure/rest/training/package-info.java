/** The training context's REST resources: program templates, clients' programs, workout logs. */
package com.coachkeep.infrastructure.rest.training;
