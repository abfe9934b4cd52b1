/**
 * Data-rights use cases: requesting a data export (the owner's of the workspace, a client's of their own data),
 * following its progress, downloading it through a short-lived link, and the background work that runs and
 * expires exports.
 */
package com.coachkeep.privacy.application.port.in;
