/**
 * The trust page generated from the tests (P-REL-1): each promise, the tests tagged with it and their last result in
 * the build's reports, and what is not covered yet. Run by the build after the integration tests.
 */
package com.coachkeep.trust;
