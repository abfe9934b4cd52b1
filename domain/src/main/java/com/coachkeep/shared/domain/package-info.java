/**
 * The shared kernel: typed identifiers used across contexts, validation results and paging.
 * Kept deliberately small; anything context-specific belongs to its own context.
 */
package com.coachkeep.shared.domain;
