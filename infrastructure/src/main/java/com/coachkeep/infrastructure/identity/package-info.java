/**
 * Identity at the edge. Production verifies bearer tokens of an external OpenID Connect provider
 * with MicroProfile JWT (configured, not coded). Development adds a local issuer: a key pair
 * generated on first start into the data folder, and a loopback-only endpoint minting tokens for
 * the {@link com.coachkeep.infrastructure.identity.DemoPeople}. Roles never come from token
 * claims; they are loaded from the database by the application layer.
 */
package com.coachkeep.infrastructure.identity;
