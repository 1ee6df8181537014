package be.sitegate.card;

/** The holder's photo, read only when the UI shows the confirmation screen. */
public sealed interface PhotoResult {

    /** The JPEG bytes; {@code hashMatches} false means the photo is not the one the RRN signed. */
    record Loaded(byte[] jpeg, boolean hashMatches) implements PhotoResult {
    }

    record Failed(ReadFailure reason) implements PhotoResult {
    }
}
