/**
 * The training context's use cases: authorization first, then the library's or the domain's rules for programs and
 * logs, with audit, in one transaction each.
 */
package com.coachkeep.training.application.service;
