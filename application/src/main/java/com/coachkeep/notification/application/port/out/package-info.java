/** What notifications need from outside: the outbox, preference storage, and a way to deliver one email. */
package com.coachkeep.notification.application.port.out;
