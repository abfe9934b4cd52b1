/** The training context's use cases: authorization first, then the library's rules, in one transaction each. */
package com.coachkeep.training.application.service;
