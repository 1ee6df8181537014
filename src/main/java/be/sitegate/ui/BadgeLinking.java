package be.sitegate.ui;

import be.sitegate.domain.BadgeUid;
import be.sitegate.domain.Company;
import be.sitegate.kiosk.BadgeEnrolment;
import be.sitegate.kiosk.StorageFailedException;
import be.sitegate.ui.badgelink.BadgeConsentViewModel;
import be.sitegate.ui.badgelink.BadgeHoldViewModel;
import be.sitegate.ui.message.MessageViewModel.Kind;
import be.sitegate.ui.shared.Msg;
import be.sitegate.ui.shared.Threads;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Linking a badge after an eID registration whose card proved who the worker is: the consent, then
 * "hold your badge", then the link stored off the screen's thread and "your badge is linked". Only
 * the worker whose card was just read can get here (the confirmation offers it to them alone), and
 * nothing is kept unless they agree and hold a badge.
 */
final class BadgeLinking {

    private static final Logger LOG = LoggerFactory.getLogger(BadgeLinking.class);

    /** The worker the link would be for, as their authentic eID named them. */
    record Candidate(be.sitegate.domain.Inss inss, String displayName) {
    }

    private record Pending(Candidate candidate, Optional<Company> employer, Optional<byte[]> photo, boolean keepPhoto) {
    }

    private final BadgeEnrolment enrolment;
    private final Threads threads;
    private final KioskFlow flow;
    private final WorkerMessages messages;
    final BadgeConsentViewModel consent;
    final BadgeHoldViewModel hold;
    private Pending pending;

    BadgeLinking(BadgeEnrolment enrolment, Threads threads, KioskFlow flow, WorkerMessages messages, ZoneId zone) {
        this.enrolment = enrolment;
        this.threads = threads;
        this.flow = flow;
        this.messages = messages;
        this.consent = new BadgeConsentViewModel(zone, this::agreed, this::stop);
        this.hold = new BadgeHoldViewModel(this::stop);
    }

    /** The worker tapped "Link a badge" on their confirmation; {@code photo} is what it showed. */
    void offer(Candidate candidate, Optional<Company> employer, Supplier<byte[]> photo) {
        Optional<byte[]> shown = Optional.ofNullable(photo.get());
        pending = new Pending(candidate, employer, shown, false);
        consent.show(enrolment.linkEndsAt(), shown.isPresent());
        flow.showWaiting(Screen.BADGE_CONSENT);
    }

    private void agreed(boolean keepPhoto) {
        if (pending == null) {
            return;
        }
        pending = new Pending(pending.candidate(), pending.employer(), pending.photo(), keepPhoto);
        flow.showWaiting(Screen.BADGE_HOLD);
    }

    private void stop() {
        pending = null;
        flow.toIdle();
    }

    /** Whether a badge held now is for this link rather than a daily tap. */
    boolean waitingForBadge() {
        return pending != null && flow.screen() == Screen.BADGE_HOLD;
    }

    /** The badge held on the reader while "hold your badge" shows. */
    void badgeHeld(BadgeUid badge) {
        Pending link = pending;
        pending = null;
        long mine = flow.beginTurn();
        flow.show(Screen.READING);
        threads.background().execute(() -> {
            Msg title;
            Msg detail;
            Kind kind;
            try {
                enrolment.link(badge, new BadgeEnrolment.ProvenWorker(link.candidate().inss(),
                        link.candidate().displayName(), link.employer().map(Company::enterpriseNumber)),
                        link.keepPhoto() ? link.photo() : Optional.empty());
                kind = Kind.INFO;
                title = Msg.of("badge.linked.title");
                detail = Msg.of("badge.linked.detail");
            } catch (StorageFailedException e) {
                kind = Kind.ERROR;
                title = Msg.of("badge.notLinked.title");
                detail = Msg.of("msg.storage.detail");
            } catch (RuntimeException e) {
                LOG.error("linking a badge failed; nothing was kept", e);
                kind = Kind.ERROR;
                title = Msg.of("badge.notLinked.title");
                detail = Msg.of("msg.error.detail");
            }
            Kind shownKind = kind;
            Msg shownTitle = title;
            Msg shownDetail = detail;
            threads.ui().execute(() -> {
                if (flow.isTurn(mine)) {
                    messages.show(shownKind, shownTitle, shownDetail);
                }
            });
        });
    }
}
