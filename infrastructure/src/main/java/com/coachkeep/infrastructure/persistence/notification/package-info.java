/** People's email preferences, in native SQL (one row per person, not workspace data). */
package com.coachkeep.infrastructure.persistence.notification;
