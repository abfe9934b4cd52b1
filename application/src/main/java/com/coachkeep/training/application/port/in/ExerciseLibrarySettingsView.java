package com.coachkeep.training.application.port.in;

/**
 * The workspace's exercise-library settings and what the deployment offers.
 *
 * @param aiDescriptions whether the owner turned AI-drafted descriptions on
 * @param aiAvailable    whether this deployment configured a provider at all
 * @param aiProvider     the provider's name (a sub-processor) when configured, else null
 */
public record ExerciseLibrarySettingsView(boolean aiDescriptions, boolean aiAvailable, String aiProvider, long version) {
}
