/**
 * Storage of the training context: program templates and their versions, clients' programs and workout logs (plans as
 * jsonb documents, log notes encrypted under the client's key), the exercises a plan may name, and the context's part
 * of erasure and export.
 */
package com.coachkeep.infrastructure.persistence.training;
