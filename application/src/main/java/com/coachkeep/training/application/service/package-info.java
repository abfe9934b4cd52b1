/** The training context's services: authorization, transactions and audit around the domain's programs and logs. */
package com.coachkeep.training.application.service;
