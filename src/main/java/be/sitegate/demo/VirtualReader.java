package be.sitegate.demo;

import be.sitegate.virtualcard.BelpicCard;
import be.sitegate.virtualcard.VirtualBadge;
import be.sitegate.virtualcard.VirtualCard;
import be.sitegate.virtualcard.VirtualCardProfile;
import be.sitegate.virtualcard.VirtualCardProfiles;
import be.sitegate.virtualcard.VirtualTerminal;
import java.util.List;
import java.util.Optional;

/** The demo's card reader: one in-process virtual terminal that specimen cards go in and out of. */
public final class VirtualReader implements VirtualReaderControl {

    /**
     * A hand swapping cards leaves the reader empty for a moment, and the card monitor (like pcscd)
     * sees a new card only as "absent, then present". A button swap, or a pull and a quick
     * re-insert, must leave it empty as long.
     */
    private static final long SWAP_PAUSE_MS = 400;

    private final VirtualTerminal terminal;
    private final DemoSignIn signIn;
    /** When the reader last became empty: a card going in sooner waits out the rest of the pause. */
    private long emptySince = System.nanoTime() - SWAP_PAUSE_MS * 1_000_000;

    public VirtualReader(VirtualTerminal terminal, DemoSignIn signIn) {
        this.terminal = terminal;
        this.signIn = signIn;
    }

    /** The terminal itself, for the slow-card and pulled-card switches of tests. */
    public VirtualTerminal terminal() {
        return terminal;
    }

    @Override
    public Optional<DemoSignIn> signIn() {
        return Optional.of(signIn);
    }

    @Override
    public List<Profile> profiles() {
        return VirtualCardProfiles.all().stream()
                .map(p -> new Profile(p.name(), p.description()))
                .toList();
    }

    @Override
    public void insert(String profileId) {
        insert(VirtualCardProfiles.named(profileId));
    }

    /**
     * "badge": a badge with a fixed UID, the one to link after an eID; "random": a chip with a new
     * random UID at every tap, which the kiosk must refuse.
     */
    @Override
    public List<String> badges() {
        return List.of("badge", "random");
    }

    @Override
    public void holdBadge(String badgeId) {
        insertCard(switch (badgeId) {
            case "badge" -> VirtualBadge.withUid("04A1B2C3D4E5F6");
            case "random" -> VirtualBadge.randomUid();
            default -> throw new IllegalArgumentException("no badge " + badgeId);
        });
    }

    /** Any card, such as a test's corrupt or non-eID one, with the same swap pause. */
    public void insert(VirtualCardProfile profile) {
        insertCard(new BelpicCard(profile));
    }

    private synchronized void insertCard(VirtualCard card) {
        if (terminal.isCardPresent()) {
            terminal.remove();
            emptySince = System.nanoTime();
        }
        long emptyFor = (System.nanoTime() - emptySince) / 1_000_000;
        if (emptyFor < SWAP_PAUSE_MS) {
            try {
                Thread.sleep(SWAP_PAUSE_MS - emptyFor);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        terminal.insert(card);
    }

    @Override
    public synchronized void remove() {
        terminal.remove();
        emptySince = System.nanoTime();
    }
}
