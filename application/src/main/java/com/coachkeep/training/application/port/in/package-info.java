/**
 * The training context's incoming ports. The exercise library: search (the global catalogue and the workspace's own
 * exercises, minus the ones it hides), read one exercise (a merged one resolves to its survivor), manage workspace
 * exercises, aliases, hidden global exercises, merges and substitutes, and the optional AI-drafted descriptions.
 * Programs: templates with versions, clients' programs and the review of template changes, workout logs.
 */
package com.coachkeep.training.application.port.in;
