package be.sitegate.card;

import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * One stay of a card in a reader, from insertion to removal. An applet 1.8 card answers 5,000
 * challenges in its life, then refuses them until a PIN is verified: the kiosk challenges a chip at
 * most once per insertion, so every read of the same insertion (a retry after a transport fault, a
 * read that timed out and was abandoned while its thread still runs) passes the same object, and
 * only the first may send the challenge. Later reads take the first one's verdict for the same key.
 * Thread-safe.
 */
public final class CardInsertion {

    private boolean challengeSent;
    private byte[] verdictKeyHash;
    private CompletableFuture<ChipCheck> verdict;

    /** True once, for the read allowed to challenge the chip; false for every later one. */
    synchronized boolean claimChallenge() {
        if (challengeSent) {
            return false;
        }
        challengeSent = true;
        return true;
    }

    /**
     * The chip answered this insertion's challenge for the basic key with SHA-384 {@code keyHash};
     * {@code check} completes once the answer is verified. Kept as soon as the answer is in, so a read
     * that fails on a later file leaves it to its retry.
     */
    synchronized void remember(byte[] keyHash, CompletableFuture<ChipCheck> check) {
        verdictKeyHash = keyHash.clone();
        verdict = check;
    }

    /**
     * The verdict of this insertion's challenge when it was for the key {@code keyHash} (the same
     * chip, the same signed files). A different key hash gets none: it is not the same card's data.
     */
    synchronized Optional<CompletableFuture<ChipCheck>> verdictFor(byte[] keyHash) {
        return verdict != null && Arrays.equals(verdictKeyHash, keyHash) ? Optional.of(verdict) : Optional.empty();
    }
}
