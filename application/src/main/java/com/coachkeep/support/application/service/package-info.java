/**
 * The support use cases. Each console use case checks the support actor's internal role first (deny by default) and
 * records an audit event with the reason in the platform trail, in the transaction of the change.
 */
package com.coachkeep.support.application.service;
