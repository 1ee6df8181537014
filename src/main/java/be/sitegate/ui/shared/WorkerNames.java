package be.sitegate.ui.shared;

import be.sitegate.kiosk.Worker;

/** What a screen calls a worker: the name from the card, else the masked number (never the full one). */
public final class WorkerNames {

    private WorkerNames() {
    }

    public static String of(Worker worker) {
        return worker.displayName().orElse(worker.id().masked());
    }
}
