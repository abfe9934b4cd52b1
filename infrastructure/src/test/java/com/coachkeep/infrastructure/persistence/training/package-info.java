/** Tests of the training context's stored data that need no database: the shipped exercise catalogue. */
package com.coachkeep.infrastructure.persistence.training;
