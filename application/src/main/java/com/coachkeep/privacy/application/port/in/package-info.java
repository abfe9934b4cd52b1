/**
 * What people may ask of their data: an owner deletes their workspace and follows the deletion's progress, a client
 * deletes their own data; and the deletion job's step.
 */
package com.coachkeep.privacy.application.port.in;
