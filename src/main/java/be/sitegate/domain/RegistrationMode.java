package be.sitegate.domain;

/** The two regimes a workplace can fall under. */
public enum RegistrationMode {
    /** Checkinatwork (construction, meat): one registration per person, workplace and day. */
    CIAW,
    /** Check In and Out at Work (cleaning): every start, break and end is an IN or OUT event. */
    CIAOW
}
