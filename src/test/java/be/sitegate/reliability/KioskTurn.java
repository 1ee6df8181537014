package be.sitegate.reliability;

import be.sitegate.ui.Screen;
import be.sitegate.ui.shared.Msg;
import be.sitegate.virtualcard.VirtualCardProfile;

/**
 * One worker's turn at the kiosk with one card: it goes in (and vanishes after {@code pullAfterApdus}
 * APDUs, if not 0), the read ends (or does not: a hang), the kiosk shows its result, the card is
 * taken out and the kiosk is left alone until it is back at idle.
 *
 * @param end what ended the read, or null when nothing did within the deadline
 * @param shown the result screen, or null
 * @param title the message's title when {@code shown} is a message, else {@link Msg#NONE}
 * @param apdus the APDUs the card answered
 * @param crashes exceptions that escaped during the turn
 * @param backToIdle the kiosk saw the card taken out and, left alone, went back to idle
 */
record KioskTurn(CardEvent end, Screen shown, Msg title, int apdus, int crashes, boolean backToIdle) {

    static KioskTurn take(KioskOnReader kiosk, CardSlot slot, VirtualCardProfile profile, int pullAfterApdus)
            throws Exception {
        int crashesBefore = kiosk.crashes();
        kiosk.forgetEvents();
        CardSlot.Inserted card = slot.insert(profile, pullAfterApdus);
        CardEvent end;
        Screen shown = null;
        Msg title = Msg.NONE;
        try {
            end = kiosk.nextReadEnd();
            if (end != null) {
                shown = kiosk.awaitResult();
                title = shown == Screen.MESSAGE ? kiosk.messageTitle() : Msg.NONE;
            }
        } finally {
            card.pull();
        }
        boolean out = kiosk.await(new CardEvent.Removed());
        boolean idle = out && kiosk.leftAlone();
        return new KioskTurn(end, shown, title, card.card().apduCount(), kiosk.crashes() - crashesBefore, idle);
    }

    boolean hung() {
        return end == null;
    }

    String describe() {
        if (end == null) {
            return "no outcome (hang)";
        }
        String what = end instanceof CardEvent.Read r ? "read " + r.authenticity()
                : end instanceof CardEvent.RemovedDuringRead ? "removed during read"
                : end instanceof CardEvent.Unreadable ? "unreadable" : end.toString();
        return what + " -> " + shown + (title.isNone() ? "" : " " + title.key());
    }
}
