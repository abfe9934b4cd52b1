/** Use cases of the check-in context (progress photos: upload, list, open, link, compare, hide, delete). */
package com.coachkeep.checkin.application.port.in;
