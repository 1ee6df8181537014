package be.sitegate.sync;

/** The end-to-end scenarios against the scriptable stub (exact, fast; the simulator run is the real proof). */
class ForwardingAgainstStubTest extends ForwardingScenarios {

    @Override
    CentralPeer openPeer() throws Exception {
        return new StubPeer();
    }
}
