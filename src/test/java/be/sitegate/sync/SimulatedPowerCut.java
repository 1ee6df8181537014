package be.sitegate.sync;

/**
 * Thrown by a test sender after the service committed, to stop the forwarder thread dead, as a power
 * cut would: an Error, so nothing in the forwarder catches it and nothing more is stored.
 */
final class SimulatedPowerCut extends Error {
    SimulatedPowerCut() {
        super("simulated power cut after the service committed", null, false, false);
    }
}
