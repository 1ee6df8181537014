package be.sitegate.kiosk.fake;

import be.sitegate.domain.ClientReference;
import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.kiosk.CancelReason;
import be.sitegate.kiosk.DeliveryControl;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The outbox's way forward over the in-memory records: resend a refused one, record a withdrawal. */
public final class InMemoryDeliveryControl implements DeliveryControl {

    private final InMemoryPresences presences;
    /** Every resend asked, with the corrected employer, for a test to check. */
    public final List<Map.Entry<ClientReference, Optional<EnterpriseNumber>>> resent = new ArrayList<>();

    public InMemoryDeliveryControl(InMemoryPresences presences) {
        this.presences = presences;
    }

    @Override
    public boolean resend(ClientReference reference, Optional<EnterpriseNumber> correctedEmployer) {
        boolean queued = presences.resend(reference);
        if (queued) {
            resent.add(Map.entry(reference, correctedEmployer));
        }
        return queued;
    }

    @Override
    public boolean markWithdrawn(ClientReference reference, CancelReason reason) {
        return presences.withdraw(reference, reason.name());
    }

    @Override
    public boolean acknowledge(ClientReference reference) {
        return false;
    }

    @Override
    public void sendNow() {
    }
}
