package be.sitegate.demo;

import java.util.List;
import java.util.Optional;

/**
 * Demo only: puts a specimen card into the virtual reader. Implemented over {@code be.sitegate.virtualcard};
 * plain Java, so the demo needs no screen and any window (see {@code be.sitegate.demoui}) can drive it.
 */
public interface VirtualReaderControl {

    List<Profile> profiles();

    /** May block for a moment: a swap leaves the reader empty first, as a hand does. */
    void insert(String profileId);

    void remove();

    /** The contactless badges the demo can hold on the reader (issue 19): none unless the reader offers them. */
    default List<String> badges() {
        return List.of();
    }

    /** Holds badge {@code badgeId} on the reader, in place of any card, as {@link #insert} does. */
    default void holdBadge(String badgeId) {
        throw new UnsupportedOperationException("this virtual reader has no badges");
    }

    /** What a newcomer types on the initialisation screen to reach the demo's workplaces. */
    default Optional<DemoSignIn> signIn() {
        return Optional.empty();
    }

    /** A specimen card the virtual reader can hold, e.g. "valid", "expired", "forged". */
    record Profile(String id, String label) {
    }

    record DemoSignIn(String user, String password, List<String> workplaces) {
        public DemoSignIn {
            workplaces = List.copyOf(workplaces);
        }
    }
}
