/**
 * The console's place in the server: the Vaadin servlet under {@code /console}, the app shell, and the settings the
 * console reads from MicroProfile Config. Nothing here knows a use case.
 */
package com.coachkeep.console.platform;
