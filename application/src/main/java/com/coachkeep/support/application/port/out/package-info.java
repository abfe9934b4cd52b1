/** What the support context needs from outside: its stores (platform data, no workspace) and the platform's health. */
package com.coachkeep.support.application.port.out;
