/** The billing services. */
package com.coachkeep.billing.application.service;
