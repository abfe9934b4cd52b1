/**
 * Training: the exercise vocabulary, structured prescriptions (so performed sets can be compared with their
 * targets and records tracked), program plans and the three-way merge that carries a template's change into a
 * client's adjusted copy, estimated one-rep maxes, plate rounding, personal records and training volume.
 * Plain Java; units are stored canonically (kilograms) beside the unit a person entered.
 */
package com.coachkeep.training.domain;
