/**
 * What people may ask of their data: an owner deletes their workspace and follows the deletion's progress, a client
 * deletes their own data, and either requests an export (the owner of the whole workspace, a client of their own
 * data), follows its progress and downloads it through a short-lived link; plus the background steps that erase,
 * run and expire.
 */
package com.coachkeep.privacy.application.port.in;
