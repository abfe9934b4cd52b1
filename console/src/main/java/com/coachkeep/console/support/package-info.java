/**
 * The support console's own plumbing: what the console is called and, later, the views and
 * presenters through which support staff act. Everything here reaches the core only through
 * incoming ports of the application layer, never through infrastructure.
 */
package com.coachkeep.console.support;
