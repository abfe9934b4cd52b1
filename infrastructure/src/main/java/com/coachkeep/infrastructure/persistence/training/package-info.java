/**
 * The training context's storage. The exercise catalogue (platform data, loaded by a changelog) and the exercise
 * library: the workspace's own exercises, its aliases, the global exercises it hides and its settings, read together
 * with the catalogue in native SQL (trigram search with pg_trgm, keyset pages). Program templates and their versions,
 * clients' programs and workout logs (templates' plans as jsonb documents; a client's plan and log notes encrypted
 * under the client's key) and the client's kept records. Each feature's part of erasure and export, and the start-up
 * step that encrypts plans stored in plaintext.
 */
package com.coachkeep.infrastructure.persistence.training;
