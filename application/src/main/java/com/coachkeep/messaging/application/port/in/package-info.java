/** What the messaging context offers: sending, editing and deleting messages, reading pages, receipts and the inbox. */
package com.coachkeep.messaging.application.port.in;
