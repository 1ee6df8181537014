package be.sitegate.app;

import be.sitegate.domain.ClientReference;
import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.kiosk.CancelReason;
import be.sitegate.kiosk.DeliveryControl;
import be.sitegate.store.OutboxStore;
import be.sitegate.sync.OutboxForwarder;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link DeliveryControl} on the kiosk's outbox and its forwarder. */
public final class OutboxDeliveryControl implements DeliveryControl {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDeliveryControl.class);

    private final OutboxStore outbox;
    private final OutboxForwarder forwarder;

    public OutboxDeliveryControl(OutboxStore outbox, OutboxForwarder forwarder) {
        this.outbox = outbox;
        this.forwarder = forwarder;
    }

    @Override
    public boolean resend(ClientReference reference, Optional<EnterpriseNumber> correctedEmployer) {
        boolean queued = outbox.resend(reference, correctedEmployer);
        LOG.info("resend of {}{}: {}", reference, correctedEmployer.map(e -> " with employer " + e).orElse(""),
                queued ? "queued" : "not a refused record, nothing done");
        if (queued) {
            forwarder.sendNow();
        }
        return queued;
    }

    @Override
    public boolean markWithdrawn(ClientReference reference, CancelReason reason) {
        boolean done = outbox.markWithdrawn(reference, reason.name());
        LOG.info("{} withdrawn ({}): {}", reference, reason, done ? "recorded" : "not accepted, or already withdrawn");
        return done;
    }

    @Override
    public boolean acknowledge(ClientReference reference) {
        boolean done = outbox.acknowledge(reference);
        LOG.info("{} acknowledged: {}", reference, done ? "yes" : "not refused or expired, or already acknowledged");
        if (done) {
            forwarder.refreshStatus(); // the status bar's count of what needs attention goes down
        }
        return done;
    }

    @Override
    public void sendNow() {
        LOG.info("send now requested at the kiosk");
        forwarder.sendNow();
    }
}
