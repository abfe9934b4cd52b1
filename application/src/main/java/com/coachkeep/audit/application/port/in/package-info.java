/** What the audit trail offers: reading a workspace's events, verifying its chain, and signing checkpoints. */
package com.coachkeep.audit.application.port.in;
