/** The training context's REST resources. The exercise library: search, read, workspace exercises, aliases, hiding, merges, substitutes, AI drafts, settings. */
package com.coachkeep.infrastructure.rest.training;
