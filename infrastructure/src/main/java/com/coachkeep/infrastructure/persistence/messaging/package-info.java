/**
 * Storage of the messaging context: conversations, messages (text encrypted under the client's key) and read pointers,
 * their erasure and export, the support content scope of messages, and the publication of conversation events to every
 * server node through PostgreSQL {@code NOTIFY}.
 */
package com.coachkeep.infrastructure.persistence.messaging;
