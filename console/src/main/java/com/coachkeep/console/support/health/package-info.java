/** The health panel (P-AVL-1): the platform status as the readiness checks report it, for every member of staff. */
package com.coachkeep.console.support.health;
