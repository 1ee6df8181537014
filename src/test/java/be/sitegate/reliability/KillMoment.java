package be.sitegate.reliability;

/** What was in flight when the kiosk's process was killed, as its store and the service's show afterwards. */
enum KillMoment {
    TAP_BEFORE_COMMIT("during a registration, before or during its commit (nothing stored)"),
    TAP_COMMITTED_NOT_ACKNOWLEDGED("a registration committed, the kiosk killed before it said done"),
    SEND_BEFORE_SERVICE_COMMIT("during a send, before the service committed it"),
    SERVICE_COMMITTED_REPLY_NOT_STORED("between the service's commit and its reply stored on the kiosk"),
    NOTHING_IN_FLIGHT("between steps: no registration and no send in flight");

    private final String description;

    KillMoment(String description) {
        this.description = description;
    }

    String description() {
        return description;
    }

    boolean sendInFlight() {
        return this == SEND_BEFORE_SERVICE_COMMIT || this == SERVICE_COMMITTED_REPLY_NOT_STORED;
    }
}
