/**
 * Keeps the kiosk and the central service in step, in the background.
 *
 * <p>Wiring in the kiosk:
 * <pre>{@code
 * OutboxForwarder forwarder = new OutboxForwarder(store.outbox(), client::register, ForwarderSettings.defaults(), clock);
 * forwarder.addListener(status -> Platform.runLater(() -> statusBar.show(status)));
 * forwarder.start();
 * // after every stored registration or event, and after OutboxStore.retry(ref):
 * forwarder.wake();
 *
 * CentralPresencePuller puller = new CentralPresencePuller(client::search, store.centralPresences(),
 *         () -> currentWorkplace(), clock);
 * puller.start(Duration.ofSeconds(60));
 * }</pre>
 * Close the forwarder and the puller before the store.
 */
package be.sitegate.sync;
