package be.sitegate.domain;

/**
 * Why a worker checked out. The central service knows only OUT; the kiosk remembers whether it was a
 * break so that the next tap offers IN again and the foreman's list reads right.
 */
public enum OutReason {
    BREAK,
    END_OF_WORK
}
