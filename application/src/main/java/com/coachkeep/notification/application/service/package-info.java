/** The services behind the notification use cases: preferences, delivery of queued emails, outbox status. */
package com.coachkeep.notification.application.service;
