/**
 * What every use case shares: who is acting ({@link com.coachkeep.shared.application.Caller},
 * {@link com.coachkeep.shared.application.Actor}) and the typed failures adapters translate to responses.
 */
package com.coachkeep.shared.application;
