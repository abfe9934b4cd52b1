/** What the messaging context needs: its store of conversations, messages and receipts, and the publication of events. */
package com.coachkeep.messaging.application.port.out;
