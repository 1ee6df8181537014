package be.sitegate.ui.shared;

import be.sitegate.domain.Company;
import be.sitegate.domain.Correction;
import be.sitegate.kiosk.Corrections;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A correction in the words of the screen: what was done, at what time, by whom and how it ended
 * ("withdrawn 10:42 by the foreman's PIN (kiosk opened by jdevos): on holiday"). Both the foreman's list
 * and the corrections screen show them, so an inspector reads the same sentence in both.
 */
public final class CorrectionNotes {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final ZoneId zone;

    public CorrectionNotes(ZoneId zone) {
        this.zone = zone;
    }

    /** @param companies the workplace's companies, to name a corrected employer rather than number it */
    public Msg of(Correction c, List<Company> companies) {
        String at = TIME.format(c.at().atZone(zone));
        Msg who = actor(c.actor());
        boolean done = c.outcome() == Correction.Outcome.DONE;
        return switch (c.kind()) {
            case CANCEL -> switch (c.outcome()) {
                case DONE -> Msg.of("corrections.note.CANCEL.DONE", at, who,
                        c.detail().map(CorrectionNotes::reason).orElse(Msg.NONE));
                case REFUSED -> Msg.of("corrections.note.CANCEL.REFUSED", at, who, c.outcomeDetail().orElse(""));
                case NOT_SENT -> Msg.of("corrections.note.CANCEL.NOT_SENT", at, who);
            };
            case RESEND -> done ? Msg.of("corrections.note.RESEND.DONE", at, who, employer(c, companies))
                    : Msg.of("corrections.note.RESEND.REFUSED", at, who);
            // Recorded only once registered: there is no other outcome.
            case ON_BEHALF -> Msg.of("corrections.note.ON_BEHALF.DONE", at, who, employer(c, companies));
        };
    }

    /** The corrected or chosen employer by name; a Limosa record has none (its declaration names it). */
    private static Object employer(Correction c, List<Company> companies) {
        return c.detail().<Object>map(number -> companies.stream()
                        .filter(company -> company.enterpriseNumber().toString().equals(number)).findFirst()
                        .map(Company::name).orElse(number))
                .orElse(Msg.of("attendance.noEmployer"));
    }

    /** The reason's name in the screen's language, as on its button. */
    public static Msg reason(String reason) {
        return Msg.of("corrections.reason." + reason);
    }

    /** The PIN holder in words; an actor written some other way shows as it was recorded. */
    static Msg actor(String actor) {
        if (actor.startsWith(Corrections.PIN_HOLDER)) {
            return Msg.of("corrections.actor.pin", actor.substring(Corrections.PIN_HOLDER.length()));
        }
        return Msg.of("corrections.actor.other", actor);
    }
}
