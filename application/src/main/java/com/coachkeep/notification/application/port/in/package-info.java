/**
 * Use cases of notifications: a person's email preferences and the one-click unsubscribe, and, for the outbox
 * worker and operators, delivering queued emails and reporting on the outbox.
 */
package com.coachkeep.notification.application.port.in;
