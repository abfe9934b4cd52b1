/**
 * PostgreSQL storage of the nutrition context (targets, settings, logs and meals, habits and check-offs), in native
 * SQL under the workspace's row-level security; free text about a client encrypted under the client's key; its part
 * of erasure and export.
 */
package com.coachkeep.infrastructure.persistence.nutrition;
