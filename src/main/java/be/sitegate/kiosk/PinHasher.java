package be.sitegate.kiosk;

import be.sitegate.domain.Pin;

/** A salted slow hash of the PIN; Argon2id in production ({@code be.sitegate.pki.PinHashes}). */
public interface PinHasher {

    String hash(Pin pin);

    boolean matches(Pin pin, String hash);
}
