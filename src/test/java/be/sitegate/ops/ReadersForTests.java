package be.sitegate.ops;

import be.sitegate.card.MonitorStatus;
import be.sitegate.card.TerminalSource;
import be.sitegate.virtualcard.VirtualCardProfiles;
import be.sitegate.virtualcard.VirtualTerminals;

/** Card readers for the doctor's tests: the project's in-process virtual readers, or none at all. */
final class ReadersForTests {

    private ReadersForTests() {
    }

    static TerminalSource oneWithoutCard() {
        VirtualTerminals terminals = new VirtualTerminals();
        terminals.add("Virtual eID Reader 0");
        return TerminalSource.of(terminals);
    }

    static TerminalSource oneWithCard() {
        return TerminalSource.of(VirtualTerminals.withCard(VirtualCardProfiles.named(VirtualCardProfiles.DEFAULT)));
    }

    static TerminalSource none() {
        return TerminalSource.of(new VirtualTerminals());
    }

    /** What the real PcscTerminalSource reports when pcscd does not answer. */
    static TerminalSource serviceDown() {
        return () -> {
            throw new TerminalSource.Unavailable(MonitorStatus.PCSC_SERVICE_UNAVAILABLE,
                    "PC/SC unavailable: SCARD_E_NO_SERVICE", null);
        };
    }
}
