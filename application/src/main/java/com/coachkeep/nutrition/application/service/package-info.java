/**
 * Services of the nutrition context. Every use case reaches a client through {@link com.coachkeep.nutrition.application.service.NutritionClients},
 * which asks the roster (its incoming port) whether the actor can see the client, so visibility is decided in one place.
 */
package com.coachkeep.nutrition.application.service;
