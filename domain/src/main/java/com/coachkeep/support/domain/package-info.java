/**
 * The support context's domain: Coachkeep's own staff and their internal roles, vulnerability reports with their
 * response targets, the public list of sub-processors and security incidents. Plain Java.
 */
package com.coachkeep.support.domain;
