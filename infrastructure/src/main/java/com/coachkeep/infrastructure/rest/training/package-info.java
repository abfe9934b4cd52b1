/**
 * The training context's REST resources. The exercise library: search, read, workspace exercises, aliases, hiding,
 * merges, substitutes, AI drafts, settings. Program templates, clients' programs, workout logs.
 */
package com.coachkeep.infrastructure.rest.training;
