package be.sitegate.card;

import be.sitegate.domain.BadgeUid;
import javax.smartcardio.Card;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks a contactless card for its UID with the reader's pseudo-APDU GET DATA {@code FF CA 00 00 00}
 * (the reader answers it, the card never sees it): one command, so a badge is known in the time of a
 * single exchange instead of the eID's dozens. Only cards whose ATR is a contactless reader's are
 * asked; any other card is left connected for the eID reader. Never throws.
 */
public final class BadgeReader {

    private static final Logger LOG = LoggerFactory.getLogger(BadgeReader.class);
    private static final CommandAPDU GET_UID = new CommandAPDU(new byte[] {(byte) 0xFF, (byte) 0xCA, 0, 0, 0});
    private static final int SW_OK = 0x9000;
    private static final int SW_FUNCTION_NOT_SUPPORTED = 0x6A81;
    private static final int SW_CLA_NOT_SUPPORTED = 0x6E00;

    /**
     * The UID of the card in {@code terminal} when it is a contactless one, else null (not a badge:
     * read it as an eID). The connection stays open for the eID reader in that case, which the JDK
     * then hands back rather than connecting again.
     */
    public BadgeReadResult readIfBadge(CardTerminal terminal) {
        Card card;
        try {
            card = terminal.connect("*");
        } catch (CardException | RuntimeException e) {
            return null; // the eID reader connects again and tells what went wrong
        }
        byte[] atr;
        try {
            atr = card.getATR().getBytes();
        } catch (RuntimeException e) {
            return null;
        }
        if (!ContactlessAtr.matches(atr)) {
            return null;
        }
        try {
            return interpret(card.getBasicChannel().transmit(GET_UID));
        } catch (CardException | RuntimeException e) {
            ReadFailure failure = FailureClassifier.classify(e, terminal, java.time.Duration.ofMillis(200));
            LOG.info("badge UID not read: {}", failure);
            return new BadgeReadResult.Refused(failure == ReadFailure.CARD_REMOVED ? BadgeRefusal.REMOVED
                    : BadgeRefusal.FAILED);
        } finally {
            EidReader.disconnectQuietly(card);
        }
    }

    static BadgeReadResult interpret(ResponseAPDU response) {
        int sw = response.getSW();
        if (sw == SW_FUNCTION_NOT_SUPPORTED || sw == SW_CLA_NOT_SUPPORTED) {
            LOG.info("the reader does not give badge UIDs ({})", Integer.toHexString(sw));
            return new BadgeReadResult.Refused(BadgeRefusal.NOT_SUPPORTED);
        }
        byte[] uid = response.getData();
        if (sw != SW_OK || (uid.length != 4 && uid.length != 7 && uid.length != 10)) {
            LOG.info("badge UID refused: status {}, {} bytes", Integer.toHexString(sw), uid.length);
            return new BadgeReadResult.Refused(BadgeRefusal.FAILED);
        }
        if (BadgeUid.isRandom(uid)) {
            return new BadgeReadResult.Refused(BadgeRefusal.RANDOM_UID);
        }
        return new BadgeReadResult.Read(BadgeUid.of(uid));
    }
}
