/** Services implementing the roster use cases; visibility rules (assigned clients, own record) live here. */
package com.coachkeep.roster.application.service;
