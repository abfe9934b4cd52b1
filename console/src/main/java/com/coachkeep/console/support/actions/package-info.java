/**
 * Support actions, each with a reason and through its use case, which records it: resend a workspace's invitation,
 * suspend a workspace for abuse and restore it, carry out a deletion or an export on a person's documented request,
 * and work the outbox's dead letters (list, retry, discard). Each part is shown only to the roles that may use it.
 */
package com.coachkeep.console.support.actions;
