package be.sitegate.domain;

/** A Check In and Out at Work event. */
public enum Direction {
    IN,
    OUT
}
