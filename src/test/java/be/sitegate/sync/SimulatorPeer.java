package be.sitegate.sync;

import be.sitegate.testkit.Fixtures;
import be.sitegate.central.CentralClient;
import be.sitegate.central.CentralConfig;
import be.sitegate.central.CentralRegistration;
import be.sitegate.central.SimulatorFixture;
import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.WorkplaceId;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The project's simulator as the peer. It runs on a fixed clock (its "today" never moves); the kiosk
 * runs on a clock that starts at the same instant and ticks, so backoff waits and leases expire.
 */
final class SimulatorPeer implements CentralPeer {

    private final SimulatorFixture sim = new SimulatorFixture();
    private final CentralClient checker = sim.newClient();
    private final List<Integer> callSizes = new CopyOnWriteArrayList<>();

    @Override
    public CentralConfig clientConfig() {
        return sim.config();
    }

    @Override
    public Clock kioskClock() {
        return Fixtures.runningFrom(SimulatorFixture.NOW);
    }

    @Override
    public Clock clientClock() {
        return sim.clock;
    }

    @Override
    public LocalDate today() {
        return SimulatorFixture.TODAY;
    }

    @Override
    public WorkplaceId ciawSite() {
        return WorkplaceId.parse("1Y101DRUNWB5Z");
    }

    @Override
    public WorkplaceId ciaowSite() {
        return WorkplaceId.parse("1Y1CLNBXL2026");
    }

    @Override
    public EnterpriseNumber ciawEmployer() {
        return EnterpriseNumber.parse("0566988259");
    }

    @Override
    public EnterpriseNumber ciaowEmployer() {
        return EnterpriseNumber.parse("0437881160");
    }

    @Override
    public void expireTokens() {
        sim.server().expireAllTokens();
    }

    /** Counted by a wrapper around the kiosk's sender: see {@link #counting(PresenceSender)}. */
    @Override
    public List<Integer> registerCallSizes() {
        return callSizes;
    }

    @Override
    public PresenceSender counting(PresenceSender sender) {
        return items -> {
            callSizes.add(items.size());
            return sender.send(items);
        };
    }

    @Override
    public void outage(boolean on) {
        if (on) {
            sim.server().faults().outage(Duration.ofHours(1));
        } else {
            sim.server().faults().clear();
        }
    }

    @Override
    public void dropAfterCommit(boolean on) {
        sim.server().faults().dropAfterCommit(on ? 1.0 : 0.0);
    }

    @Override
    public int registrationsFor(String clientReference) {
        return sim.registrationCount(clientReference);
    }

    @Override
    public boolean confirms(String receipt, String clientReference) {
        Optional<CentralRegistration> r = checker.get(receipt);
        return r.isPresent() && r.get().clientReference().map(c -> c.value().equals(clientReference)).orElse(false);
    }

    @Override
    public void close() {
        checker.close();
        sim.close();
    }
}
