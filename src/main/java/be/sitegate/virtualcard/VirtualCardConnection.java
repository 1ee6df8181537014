package be.sitegate.virtualcard;

import java.nio.ByteBuffer;
import javax.smartcardio.ATR;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;

/** A connection to the virtual card in a {@link VirtualTerminal}; dead once that card is pulled. */
final class VirtualCardConnection extends Card {

    private final VirtualTerminal terminal;
    private final ATR atr;
    private final long insertion;
    private final Channel basic = new Channel();
    private volatile boolean disconnected;

    VirtualCardConnection(VirtualTerminal terminal, VirtualCard card, long insertion) {
        this.terminal = terminal;
        this.atr = new ATR(card.atr());
        this.insertion = insertion;
    }

    @Override
    public ATR getATR() {
        return atr;
    }

    @Override
    public String getProtocol() {
        return "T=0";
    }

    @Override
    public CardChannel getBasicChannel() {
        checkOpen();
        return basic;
    }

    @Override
    public CardChannel openLogicalChannel() throws CardException {
        throw new CardException("the eID card has no logical channels");
    }

    @Override
    public void beginExclusive() throws CardException {
        alive();
    }

    @Override
    public void endExclusive() throws CardException {
        alive();
    }

    @Override
    public byte[] transmitControlCommand(int controlCode, byte[] command) throws CardException {
        throw new CardException("control commands are not supported by the virtual reader");
    }

    @Override
    public void disconnect(boolean reset) {
        disconnected = true;
    }

    private void checkOpen() {
        if (disconnected) {
            throw new IllegalStateException("Card has been disconnected");
        }
    }

    private void alive() throws CardException {
        checkOpen();
        if (!terminal.isConnectionAlive(insertion)) {
            throw new CardException("sun.security.smartcardio.PCSCException: SCARD_W_REMOVED_CARD");
        }
    }

    private final class Channel extends CardChannel {

        @Override
        public Card getCard() {
            return VirtualCardConnection.this;
        }

        @Override
        public int getChannelNumber() {
            return 0;
        }

        @Override
        public ResponseAPDU transmit(CommandAPDU command) throws CardException {
            checkOpen();
            return new ResponseAPDU(terminal.exchange(insertion, command.getBytes()));
        }

        @Override
        public int transmit(ByteBuffer command, ByteBuffer response) throws CardException {
            byte[] c = new byte[command.remaining()];
            command.get(c);
            byte[] r = transmit(new CommandAPDU(c)).getBytes();
            response.put(r);
            return r.length;
        }

        @Override
        public void close() throws CardException {
            throw new IllegalStateException("the basic channel cannot be closed");
        }
    }
}
