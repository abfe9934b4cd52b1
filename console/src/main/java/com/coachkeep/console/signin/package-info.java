/**
 * Sign-in of Coachkeep's own staff: the OpenID Connect client of the server authenticates the browser (authorization
 * code flow); this package turns the verified ID token into a console session, refuses a sign-in without a second
 * factor or without an internal role, ends sessions that have been idle, and signs out.
 */
package com.coachkeep.console.signin;
