/**
 * The support context in the console: what the console is called, and what its support views share (the reason every
 * action needs, the outcome a presenter reports). The views themselves live in one sub-package each, as a view, a
 * presenter that calls incoming ports only, and form beans of their own.
 */
package com.coachkeep.console.support;
