/**
 * The rules of notifying people: each person's notification preferences (which optional emails they receive),
 * the outcome of a delivery attempt, and how retries back off before a message is given up on. The catalogue
 * of emails itself ({@code EmailTemplate}, {@code NotificationCategory}) is in the shared kernel, because every
 * context sends them.
 */
package com.coachkeep.notification.domain;
