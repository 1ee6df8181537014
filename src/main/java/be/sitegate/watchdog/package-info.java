/**
 * The kiosk's side of systemd's watchdog: READY=1 when the first screen shows, WATCHDOG=1 while the
 * screen's thread and the outbox forwarder answer. Knows nothing else of ours; the entry point wires
 * it (probes are plain {@code BooleanSupplier}s).
 */
package be.sitegate.watchdog;
