package be.sitegate.demo;

import be.sitegate.kiosk.VirtualReaderControl;
import be.sitegate.virtualcard.VirtualCardProfile;
import be.sitegate.virtualcard.VirtualCardProfiles;
import be.sitegate.virtualcard.VirtualTerminal;
import java.util.List;

/** The demo's card reader: one in-process virtual terminal that specimen cards go in and out of. */
public final class VirtualReader implements VirtualReaderControl {

    /**
     * A hand swapping cards leaves the reader empty for a moment, and the card monitor (like pcscd)
     * sees a new card only as "absent, then present". A button swap must do the same.
     */
    private static final long SWAP_PAUSE_MS = 400;

    private final VirtualTerminal terminal;

    public VirtualReader(VirtualTerminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public List<Profile> profiles() {
        return VirtualCardProfiles.all().stream()
                .map(p -> new Profile(p.name(), p.description()))
                .toList();
    }

    @Override
    public void insert(String profileId) {
        VirtualCardProfile profile = VirtualCardProfiles.named(profileId);
        if (terminal.isCardPresent()) {
            terminal.remove();
            try {
                Thread.sleep(SWAP_PAUSE_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        terminal.insert(profile);
    }

    @Override
    public void remove() {
        terminal.remove();
    }
}
