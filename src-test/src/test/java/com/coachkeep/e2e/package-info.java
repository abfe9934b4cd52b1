/** End-to-end tests: HTTP against the running server, as frontends and partners use it. */
package com.coachkeep.e2e;
