package be.sitegate.export;

import be.sitegate.domain.IdentificationMethod;

/** Where a presence was registered: an inspector needs to know which ones this kiosk vouches for. */
public enum Channel {
    THIS_KIOSK,
    /** Known from the central service's search: the person registered through another channel. */
    OTHER_CHANNEL;

    static Channel of(IdentificationMethod method) {
        return method == IdentificationMethod.CENTRAL_SEARCH ? OTHER_CHANNEL : THIS_KIOSK;
    }
}
