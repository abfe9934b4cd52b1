/**
 * PostgreSQL storage of the check-in context (forms and their versions, schedules, check-ins, body metrics, measurement
 * types, settings), in native SQL under the workspace's row-level security; answers and feedback encrypted under the
 * client's key; its part of erasure, export and support's content reads.
 */
package com.coachkeep.infrastructure.persistence.checkin;
