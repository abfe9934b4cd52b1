/**
 * Browser tests of the support console in headless Chromium, signing in through a real OpenID Connect provider
 * (the Keycloak the build starts, with a one-time code whose secret the test realm fixes).
 */
package com.coachkeep.browser;
