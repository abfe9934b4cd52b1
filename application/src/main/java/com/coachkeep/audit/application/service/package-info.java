/** The audit trail's use cases: appending to a workspace's chain under a lock on its head, reading, verifying. */
package com.coachkeep.audit.application.service;
