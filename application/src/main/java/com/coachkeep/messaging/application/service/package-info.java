/**
 * Services of the messaging context. Every use case reaches a client's conversation through the roster's incoming port
 * (who may see the client), after the messaging permission of the use case: a conversation the actor cannot see is
 * not found, exactly like a missing one.
 */
package com.coachkeep.messaging.application.service;
