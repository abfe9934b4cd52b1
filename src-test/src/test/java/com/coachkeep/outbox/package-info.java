/**
 * The outbox against real processes: a Liberty server of its own (killed with SIGKILL while it sends), its own
 * PostgreSQL, and a real SMTP server (GreenMail) in the test JVM.
 */
package com.coachkeep.outbox;
