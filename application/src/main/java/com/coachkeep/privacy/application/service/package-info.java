/**
 * The deletion use cases: they authorize, destroy keys at once, record tombstones and audit events, queue the
 * confirmations, and erase rows through every feature's erasure implementation.
 */
package com.coachkeep.privacy.application.service;
