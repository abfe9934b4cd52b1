/** Services of the check-in context (progress photos: {@link com.coachkeep.checkin.application.service.ProgressPhotoService}). */
package com.coachkeep.checkin.application.service;
