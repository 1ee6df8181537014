package be.sitegate.sync;

/** The end-to-end scenarios against the project's real simulator over loopback HTTPS. */
class ForwardingAgainstSimulatorTest extends ForwardingScenarios {

    @Override
    CentralPeer openPeer() {
        return new SimulatorPeer();
    }
}
