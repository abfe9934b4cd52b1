/**
 * In-container tests (Arquillian): a small test WAR holding the domain, the application services and the
 * persistence and email adapters is deployed into the running test server, and each test runs inside it, with
 * the server's CDI, JTA and the real {@code jdbc/coachkeep} DataSource (PostgreSQL). They test the JPA
 * repositories against the real database and the services' wiring and transactions; the platform start-up
 * (embedded database, Liquibase) and the REST adapter stay out of the WAR, so nothing starts twice.
 */
package com.coachkeep.incontainer;
