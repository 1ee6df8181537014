package be.sitegate.ops;

/** How a check came out, from good to bad; a report is as bad as its worst check. */
public enum Verdict {
    OK,
    /** Works now, but needs someone soon (a certificate about to expire, a queue waiting a while). */
    WARN,
    /** Something is wrong now: the kiosk cannot do its job, or will not once this is hit. */
    FAIL;

    public Verdict worse(Verdict other) {
        return other.compareTo(this) > 0 ? other : this;
    }
}
