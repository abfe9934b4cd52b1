/** The training context's stored data: the exercise catalogue (platform data, loaded by a changelog). */
package com.coachkeep.infrastructure.persistence.training;
