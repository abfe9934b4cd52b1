/**
 * The data-export use cases: requests (rate-limited, audited), progress, downloads through short-lived links, and
 * the background run that streams every feature's data into one archive, step by step in transactions of their own.
 */
package com.coachkeep.privacy.application.service;
