package be.sitegate.app;

import be.sitegate.card.BadgeReadResult;
import be.sitegate.card.CardListener;
import be.sitegate.card.CardStatus;
import be.sitegate.card.EidCard;
import be.sitegate.card.EidReadResult;
import be.sitegate.card.EidSession;
import be.sitegate.card.PhotoResult;
import be.sitegate.card.ReadFailure;
import be.sitegate.card.Verification;
import be.sitegate.card.VerificationOutcome;
import be.sitegate.domain.EidIdentity;
import be.sitegate.domain.Inss;
import be.sitegate.kiosk.CardEvents;
import be.sitegate.kiosk.CardEvents.BadgeProblem;
import be.sitegate.kiosk.CardIdentity;
import be.sitegate.kiosk.Subscription;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns what the {@link be.sitegate.card.CardMonitor} sees into the kiosk's card events. A public
 * specimen card counts as not authentic unless the configuration accepts specimens (demos do).
 */
public final class CardEventsAdapter implements CardEvents, CardListener {

    private static final Logger LOG = LoggerFactory.getLogger(CardEventsAdapter.class);

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final boolean acceptSpecimens;
    private volatile ReaderStatus readerStatus = ReaderStatus.NO_READER;

    public CardEventsAdapter(boolean acceptSpecimens) {
        this.acceptSpecimens = acceptSpecimens;
    }

    @Override
    public Subscription subscribe(Listener listener) {
        listeners.add(listener);
        listener.readerStatus(readerStatus);
        return () -> listeners.remove(listener);
    }

    @Override
    public void onStatus(CardStatus status) {
        switch (status.code()) {
            case CARD_INSERTED -> listeners.forEach(Listener::cardInserted);
            case PCSC_LIBRARY_MISSING, PCSC_SERVICE_UNAVAILABLE, PCSC_SERVICE_LOST -> reader(ReaderStatus.NO_SERVICE);
            case NO_READER, READER_DISCONNECTED -> reader(ReaderStatus.NO_READER);
            case CARD_REMOVED -> {
                reader(ReaderStatus.READY);
                listeners.forEach(Listener::cardRemoved);
            }
            case READER_CONNECTED, WAITING_FOR_CARD -> reader(ReaderStatus.READY);
            default -> {
                // STOPPED: the kiosk is shutting down; nothing to tell the screen.
            }
        }
    }

    private void reader(ReaderStatus status) {
        if (status != readerStatus) {
            readerStatus = status;
            listeners.forEach(l -> l.readerStatus(status));
        }
    }

    @Override
    public void onNationalNumberRead(String readerName, Inss nationalNumber) {
        listeners.forEach(l -> l.nationalNumberRead(nationalNumber));
    }

    @Override
    public void onCardRead(String readerName, EidReadResult result) {
        if (result instanceof EidReadResult.Success success) {
            CardIdentity identity = identity(success.card(), success.session());
            LOG.info("card read in {}: {}", readerName, identity);
            listeners.forEach(l -> l.cardRead(identity));
        } else if (result instanceof EidReadResult.Failure failure) {
            LOG.info("card in {} not read: {}", readerName, failure.reason());
            if (failure.reason() == ReadFailure.CARD_REMOVED) {
                listeners.forEach(Listener::cardRemovedDuringRead);
            } else {
                listeners.forEach(Listener::cardUnreadable);
            }
        }
    }

    @Override
    public void onBadgeRead(String readerName, BadgeReadResult result) {
        if (result instanceof BadgeReadResult.Read read) {
            LOG.info("badge held on {}: {}", readerName, read.uid());
            listeners.forEach(l -> l.badgeRead(read.uid()));
        } else if (result instanceof BadgeReadResult.Refused refused) {
            LOG.info("badge on {} refused: {}", readerName, refused.reason());
            BadgeProblem problem = switch (refused.reason()) {
                case RANDOM_UID -> BadgeProblem.RANDOM_UID;
                case NOT_SUPPORTED -> BadgeProblem.READER_CANNOT;
                case REMOVED, FAILED -> BadgeProblem.NOT_READ;
            };
            listeners.forEach(l -> l.badgeRefused(problem));
        }
    }

    private CardIdentity identity(EidCard card, EidSession session) {
        EidIdentity id = card.identity();
        return new CardIdentity(id.nationalNumber(), id.givenNames(), id.lastName(), id.validityEnd(),
                authenticity(id, card.verification()), () -> photo(session), id.documentType(), card.chipProof());
    }

    private CardIdentity.Authenticity authenticity(EidIdentity id, Verification verification) {
        if (id.nationalNumber().isSpecimen() && !acceptSpecimens) {
            return CardIdentity.Authenticity.NOT_AUTHENTIC;
        }
        if (verification.outcome() == VerificationOutcome.NOT_AUTHENTIC) {
            return CardIdentity.Authenticity.NOT_AUTHENTIC;
        }
        return verification.outcome() == VerificationOutcome.EXPIRED
                ? CardIdentity.Authenticity.EXPIRED
                : CardIdentity.Authenticity.AUTHENTIC;
    }

    /** A photo whose hash does not match what the national register signed is not shown. */
    private static Optional<byte[]> photo(EidSession session) {
        PhotoResult result = session.readPhoto();
        if (result instanceof PhotoResult.Loaded loaded && loaded.hashMatches()) {
            return Optional.of(loaded.jpeg());
        }
        return Optional.empty();
    }
}
