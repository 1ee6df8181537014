package be.sitegate.kiosk;

/** What a port's {@code subscribe} returns: cancel it when the screen deactivates, so nothing leaks. */
@FunctionalInterface
public interface Subscription extends AutoCloseable {

    void cancel();

    @Override
    default void close() {
        cancel();
    }
}
