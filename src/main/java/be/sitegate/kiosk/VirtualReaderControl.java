package be.sitegate.kiosk;

import java.util.List;

/** Demo only: puts a specimen card into the virtual reader. Implemented over {@code be.sitegate.virtualcard}. */
public interface VirtualReaderControl {

    List<Profile> profiles();

    void insert(String profileId);

    void remove();

    /** A specimen card the virtual reader can hold, e.g. "valid", "expired", "forged". */
    record Profile(String id, String label) {
    }
}
