/** REST adapter of messaging: a client's conversation, its messages and receipts, the inbox, and the live event stream. */
package com.coachkeep.infrastructure.rest.messaging;
