package be.sitegate.ui;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Starts the JavaFX platform once per JVM, for the few tests that need its thread (AtlantaFX style). */
public final class FxPlatformExtension implements BeforeAllCallback {

    private static volatile boolean started;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (FxPlatformExtension.class) {
            if (started) {
                return;
            }
            CountDownLatch ready = new CountDownLatch(1);
            try {
                Platform.startup(ready::countDown);
            } catch (IllegalStateException alreadyRunning) {
                ready.countDown(); // TestFX or another test started it first
            }
            Platform.setImplicitExit(false);
            if (!ready.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("JavaFX did not start");
            }
            started = true;
        }
    }
}
