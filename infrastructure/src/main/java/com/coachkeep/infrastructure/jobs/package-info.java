/**
 * Background work, driven by the platform's managed executors (Jakarta Concurrency): the outbox worker, which
 * delivers queued emails, and the outbox's health figures for operators.
 */
package com.coachkeep.infrastructure.jobs;
