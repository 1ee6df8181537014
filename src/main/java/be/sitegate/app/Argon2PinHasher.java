package be.sitegate.app;

import be.sitegate.domain.Pin;
import be.sitegate.kiosk.PinHasher;
import be.sitegate.pki.PinHashes;

/** The kiosk's PIN hasher: Argon2id, see {@link PinHashes}. */
final class Argon2PinHasher implements PinHasher {

    @Override
    public String hash(Pin pin) {
        return PinHashes.hash(pin.digits());
    }

    @Override
    public boolean matches(Pin pin, String hash) {
        return PinHashes.matches(pin.digits(), hash);
    }
}
