/** Services implementing the workspace use cases; each checks the actor's permission first (deny by default). */
package com.coachkeep.workspace.application.service;
