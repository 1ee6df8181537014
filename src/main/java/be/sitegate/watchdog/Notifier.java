package be.sitegate.watchdog;

import java.io.IOException;

/** Sends one message to the service manager, in sd_notify's form ({@code READY=1}, {@code WATCHDOG=1}). */
@FunctionalInterface
public interface Notifier {

    void send(String message) throws IOException;
}
