/**
 * The public sub-processor list (P-SUB-1), maintained by admins and security officers: add, change, retire, each
 * with a reason. A material change (an addition, or a new purpose or region) is announced to every coach by the use
 * case; the view says so before the change is made.
 */
package com.coachkeep.console.support.subprocessors;
