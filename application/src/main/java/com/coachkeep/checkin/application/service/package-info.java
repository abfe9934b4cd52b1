/**
 * Services of the check-in context. Every use case about a client reaches them through {@link com.coachkeep.checkin.application.service.CheckinClients},
 * which asks the roster (its incoming port) whether the actor can see the client.
 */
package com.coachkeep.checkin.application.service;
