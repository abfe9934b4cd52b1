/** The exercise library's REST resources: search, read, workspace exercises, aliases, hiding, merges, substitutes, AI drafts, settings. */
package com.coachkeep.infrastructure.rest.training.exercise;
