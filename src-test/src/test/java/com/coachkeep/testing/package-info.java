/** Support for end-to-end tests: the server under test, signed tokens, the development mailbox, API helpers. */
package com.coachkeep.testing;
