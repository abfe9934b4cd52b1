/**
 * Background work, driven by the platform's managed executors (Jakarta Concurrency): the outbox worker, which
 * delivers queued emails, and the outbox's health figures for operators; the deletion, export, audit-checkpoint and
 * sub-processor announcement jobs; the backup job, which backs up on a schedule and prunes old backups.
 */
package com.coachkeep.infrastructure.jobs;
