/**
 * A person's email preferences ({@code /api/v1/me/notification-preferences}) and the one-click unsubscribe link
 * of optional emails ({@code /email/unsubscribe}, no sign-in: the link's token stands for the person).
 */
package com.coachkeep.infrastructure.rest.notification;
