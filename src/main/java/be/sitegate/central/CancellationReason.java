package be.sitegate.central;

/** Why a registration is cancelled, in the service's words. */
public enum CancellationReason {
    HOLIDAY,
    DISEASE,
    PLANNING,
    C32A
}
