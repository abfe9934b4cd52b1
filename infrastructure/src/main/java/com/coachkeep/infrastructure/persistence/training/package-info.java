/**
 * The training context's storage. The exercise catalogue (platform data, loaded by a changelog) and the exercise
 * library: the workspace's own exercises, its aliases, the global exercises it hides and its settings, read together
 * with the catalogue in native SQL (trigram search with pg_trgm, keyset pages). Program templates and their versions,
 * clients' programs and workout logs (plans as jsonb documents, log notes encrypted under the client's key). Each
 * feature's part of erasure and export.
 */
package com.coachkeep.infrastructure.persistence.training;
