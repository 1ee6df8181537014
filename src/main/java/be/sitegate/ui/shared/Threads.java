package be.sitegate.ui.shared;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;

/**
 * Where view models run things: {@code ui} for property changes, {@code background} for service calls
 * that may wait on the network or the disk. One background thread keeps registrations in order.
 * Tests pass direct executors and stay synchronous.
 */
public record Threads(Executor ui, Executor background) {

    public static Threads direct() {
        return new Threads(Runnable::run, Runnable::run);
    }

    public static Threads javafx() {
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "kiosk-services");
            t.setDaemon(true);
            return t;
        });
        return new Threads(Platform::runLater, worker);
    }
}
