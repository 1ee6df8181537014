package be.sitegate.kiosk;

/** Why a registration is withdrawn: the four reasons the central service accepts, no other. */
public enum CancelReason {
    HOLIDAY,
    DISEASE,
    /** The work was planned otherwise: the usual reason for a registration made by mistake. */
    PLANNING,
    /** Temporary unemployment, declared with a C3.2A form. */
    C32A
}
