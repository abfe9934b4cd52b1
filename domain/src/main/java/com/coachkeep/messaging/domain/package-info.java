/**
 * Messaging: one conversation per client with the client's coaching team. Messages are text kept exactly as sent
 * (never rendered), edited or deleted by their author within a window (a deleted message leaves a tombstone), ordered
 * by a per-conversation sequence that also numbers the conversation's events for live listeners.
 */
package com.coachkeep.messaging.domain;
