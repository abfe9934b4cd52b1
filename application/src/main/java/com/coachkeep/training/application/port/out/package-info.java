/** The training context's outgoing ports: storage of templates, clients' programs and logs; the exercises they name. */
package com.coachkeep.training.application.port.out;
