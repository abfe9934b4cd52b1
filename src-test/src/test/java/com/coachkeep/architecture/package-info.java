/** Architecture rules: module and layer directions, naming, and where JPA and JAX-RS may appear. */
package com.coachkeep.architecture;
