/** What billing needs from outside: the payment gateway (Stripe), webhook verification, the inbox and the mirrors. */
package com.coachkeep.billing.application.port.out;
