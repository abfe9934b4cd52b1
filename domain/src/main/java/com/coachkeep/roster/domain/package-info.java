/**
 * The roster: a workspace's clients, who coaches them, and the coaches' private notes about them. A client
 * record exists from the moment the client is invited; it is linked to a person when they accept.
 */
package com.coachkeep.roster.domain;
