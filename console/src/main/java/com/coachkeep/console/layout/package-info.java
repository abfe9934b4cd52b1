/**
 * The console's frame: the main layout with its navigation, filtered by the staff member's internal role (least
 * privilege: nobody sees an entry for work their role does not do), the access check on every navigation, and the
 * sections other views plug into.
 */
package com.coachkeep.console.layout;
