package be.sitegate.reliability;

import be.sitegate.kiosk.CardIdentity.Authenticity;
import be.sitegate.ui.Screen;
import be.sitegate.ui.shared.Msg;
import be.sitegate.virtualcard.VirtualCardProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The virtual card pulled right after its k-th APDU, for every k of one whole read, each time
 * through the kiosk: the card monitor, the card events and the screens' view models. Pulled before
 * its last APDU the card must end as "card removed, insert it again", never as a card read; pulled
 * after its last one the read had every file, and its verdict stands. Either way no exception
 * escapes, nothing hangs, and the kiosk, left alone, goes back to idle.
 */
final class PulledCardSweep {

    static final Msg REMOVED = Msg.of("msg.removed.title");
    /** What a card that was read whole must never be told. */
    private static final Set<Msg> FAULTS = Set.of(REMOVED, Msg.of("msg.unreadable.title"),
            Msg.of("msg.notAuthentic.title"));

    /** One pull: after {@code k} APDUs of a read that takes {@code n}. */
    record Row(int k, int n, String outcome, boolean rightOutcome, int crashes, boolean hung,
            boolean wrongAuthentic, boolean backToIdle) {

        boolean clean() {
            return rightOutcome && crashes == 0 && !hung && !wrongAuthentic && backToIdle;
        }
    }

    /** A whole sweep, then one read with nothing pulled. */
    record Result(String slot, int n, List<Row> rows, Row readAfter) {

        boolean clean() {
            return readAfter.clean() && rows.stream().allMatch(Row::clean);
        }
    }

    private final KioskOnReader kiosk;
    private final CardSlot slot;
    private final VirtualCardProfile profile;

    PulledCardSweep(KioskOnReader kiosk, CardSlot slot, VirtualCardProfile profile) {
        this.kiosk = kiosk;
        this.slot = slot;
        this.profile = profile;
    }

    /** The card's APDUs in one whole read: each is a place to pull it. */
    int apdusOfOneRead() throws Exception {
        int[] count = new int[1];
        Row whole = turn(0, 0, count);
        if (!whole.clean()) {
            throw new IllegalStateException("a whole read is not clean before the sweep: " + whole);
        }
        return count[0];
    }

    Result run() throws Exception {
        int n = apdusOfOneRead();
        List<Row> rows = new ArrayList<>();
        for (int k = 1; k <= n; k++) {
            rows.add(turn(k, n, new int[1]));
        }
        return new Result(slot.name(), n, rows, turn(0, n, new int[1]));
    }

    /** One card in, pulled after {@code k} APDUs (0: a whole read, taken out afterwards). */
    Row turn(int k, int n, int[] apdusAnswered) throws Exception {
        KioskTurn turn = KioskTurn.take(kiosk, slot, profile, k);
        apdusAnswered[0] = turn.apdus();
        boolean whole = k == 0 || k >= n;
        CardEvent end = turn.end();
        boolean authentic = end instanceof CardEvent.Read r && r.authenticity() != Authenticity.NOT_AUTHENTIC;
        boolean right = whole
                ? end instanceof CardEvent.Read r && r.authenticity() == Authenticity.AUTHENTIC && turn.shown() != null
                        && !FAULTS.contains(turn.title())
                : end instanceof CardEvent.RemovedDuringRead && turn.shown() == Screen.MESSAGE
                        && REMOVED.equals(turn.title());
        return new Row(k, n, turn.describe(), right, turn.crashes(), turn.hung(), !whole && authentic,
                turn.backToIdle());
    }
}
