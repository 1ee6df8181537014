package be.sitegate.ui.confirmation;

import be.sitegate.domain.Delivery;
import be.sitegate.domain.Remark;
import be.sitegate.domain.ServiceRemark;
import be.sitegate.kiosk.OutcomeSounds.Outcome;
import be.sitegate.ui.shared.Msg;
import be.sitegate.ui.shared.ServiceRemarks;
import java.util.List;

/**
 * What a confirmation tells the worker, from how its delivery stands: registered (green);
 * registered but flagged, so the foreman must look (amber); or NOT registered, with what to do (red).
 * The worker reads the headline and hears the outcome; the advice says why and what next.
 *
 * @param headline replaces the step's own headline, or {@link Msg#NONE} to keep it
 */
record Verdict(Outcome outcome, Msg headline, Msg advice) {

    /**
     * @param registration a Checkinatwork registration (the headline may say "registered, but"),
     *     not a Check In and Out event (whose headline says start, break or end and stays)
     * @param cardNotice a notice about the card (expired): registered, but the card needs renewing
     */
    static Verdict of(Delivery delivery, boolean registration, Msg cardNotice) {
        switch (delivery.status()) {
            case REJECTED -> {
                Msg why = ServiceRemarks.all(delivery.remarks());
                return new Verdict(Outcome.NOT_REGISTERED, Msg.of("confirm.notRegistered.title"),
                        why.isNone() ? Msg.of("confirm.rejected.advice") : Msg.of("confirm.rejected.adviceWhy", why));
            }
            case EXPIRED -> {
                return new Verdict(Outcome.NOT_REGISTERED, Msg.of("confirm.notRegistered.title"),
                        Msg.of("confirm.expiredDelivery.advice"));
            }
            default -> {
                List<ServiceRemark> flags = flags(delivery);
                if (!flags.isEmpty()) {
                    Msg remarks = ServiceRemarks.all(flags);
                    return registration
                            ? new Verdict(Outcome.FLAGGED, Msg.of("confirm.flagged.title"),
                                    Msg.of("confirm.flagged.remarks", remarks))
                            : new Verdict(Outcome.FLAGGED, Msg.NONE, Msg.of("confirm.flagged.eventRemarks", remarks));
                }
                return new Verdict(cardNotice.isNone() ? Outcome.REGISTERED : Outcome.FLAGGED, Msg.NONE, Msg.NONE);
            }
        }
    }

    /**
     * The remarks a foreman must act on. "Already registered" is left out: the person is registered
     * (through another channel, or twice), which is the kiosk's bookkeeping, not the worker's problem.
     */
    private static List<ServiceRemark> flags(Delivery delivery) {
        return delivery.remarks().stream().filter(r -> r.known() != Remark.ALREADY_REGISTERED).toList();
    }
}
