/**
 * The REST adapter: the JAX-RS application and, by context, the resources of the public API under /api/v1.
 * Resources turn requests into commands for incoming ports and views into response bodies; nothing else.
 */
package com.coachkeep.infrastructure.rest;
