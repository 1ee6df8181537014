package be.sitegate.card.realstack;

import be.sitegate.card.PcscLibrary;
import java.time.Duration;
import java.time.Instant;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.TerminalFactory;

/**
 * Another application on the kiosk's reader (eID middleware, a browser's card plug-in), as its own
 * process: it reads the photo over and over, in shared mode, for the seconds given, so its SELECT
 * lands between another reader's SELECT and READ BINARY unless that reader holds a transaction.
 * Prints the number of photo reads it completed.
 */
public final class PhotoReadingNeighbour {

    private static final byte[] SELECT_PHOTO = {0x00, (byte) 0xA4, 0x08, 0x0C, 0x06, 0x3F, 0x00, (byte) 0xDF, 0x01,
            0x40, 0x35};

    private PhotoReadingNeighbour() {
    }

    public static void main(String[] args) throws Exception {
        PcscLibrary.configure();
        CardTerminal terminal = TerminalFactory.getDefault().terminals().getTerminal(args[0]);
        Instant end = Instant.now().plus(Duration.ofSeconds(Long.parseLong(args[1])));
        int reads = 0;
        System.out.println("READY");
        System.out.flush();
        while (Instant.now().isBefore(end)) {
            try {
                Card card = terminal.connect("*");
                CardChannel channel = card.getBasicChannel();
                while (Instant.now().isBefore(end)) {
                    channel.transmit(new CommandAPDU(SELECT_PHOTO));
                    for (int offset = 0; ; offset += 256) {
                        var r = channel.transmit(new CommandAPDU(new byte[] {0x00, (byte) 0xB0, (byte) (offset >> 8),
                                (byte) offset, 0x00}));
                        if (r.getSW() != 0x9000 || r.getData().length < 256) {
                            break;
                        }
                    }
                    reads++;
                }
            } catch (CardException | IllegalStateException e) {
                Thread.sleep(5); // no card yet, or it was pulled: try again
            }
        }
        System.out.println("PHOTO_READS " + reads);
    }
}
