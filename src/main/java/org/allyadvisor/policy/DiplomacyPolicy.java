package org.allyadvisor.policy;

/**
 * Diplomatic engagement expected of an ally (DIP-1).
 *
 * @param minStrategicDialogues fewer standing regional dialogues than this calls for new channels
 */
public record DiplomacyPolicy(int minStrategicDialogues) {}
