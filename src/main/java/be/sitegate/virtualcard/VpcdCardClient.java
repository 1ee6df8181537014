package be.sitegate.virtualcard;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a {@link BelpicCard} (or any {@link VirtualCard}) into the vpcd virtual reader of pcscd, as
 * a TCP client of vpcd. Every
 * message is a 2-byte big-endian length and a payload; 1-byte payloads are control messages
 * (00 power off, 01 power on, 02 reset, 04 get ATR), longer ones command APDUs answered with the
 * response APDU. An open connection is an inserted card; closing it pulls the card. The client
 * reconnects by itself, so it may start before pcscd does.
 */
public final class VpcdCardClient implements AutoCloseable {

    public static final int DEFAULT_PORT = 35963;

    private static final Logger LOG = LoggerFactory.getLogger(VpcdCardClient.class);
    private static final Duration RETRY = Duration.ofMillis(200);

    private final InetSocketAddress vpcd;
    private final VirtualCard card;
    private final AtomicInteger removeAfterApdus = new AtomicInteger();
    private volatile Duration reinsertAfter = Duration.ZERO;
    private volatile Duration responseDelay = Duration.ZERO;
    private volatile boolean inserted;
    private volatile boolean closed;
    private volatile boolean connected;
    private volatile Socket socket;
    private Thread thread;

    /** Only loopback addresses: the card must never talk to another machine's reader. */
    public VpcdCardClient(String host, int port, BelpicCard card) {
        this(host, port, (VirtualCard) card);
    }

    /** Any virtual card, such as a contactless {@link VirtualBadge}; only loopback addresses. */
    public VpcdCardClient(String host, int port, VirtualCard card) {
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host " + host, e);
        }
        if (!address.isLoopbackAddress()) {
            throw new IllegalArgumentException("vpcd must be on this machine (loopback), not " + host);
        }
        this.vpcd = new InetSocketAddress(address, port);
        this.card = card;
    }

    /** The eID in this slot, or null when the slot holds another kind of card (a badge). */
    public BelpicCard card() {
        return card instanceof BelpicCard eid ? eid : null;
    }

    /** Pull the card right after it answered {@code n} more APDUs (0: never). */
    public void removeAfterApdus(int n) {
        removeAfterApdus.set(n);
    }

    /** After an automatic removal, put the card back after {@code delay} (zero: leave it out). */
    public void reinsertAfter(Duration delay) {
        reinsertAfter = delay;
    }

    /** Every APDU waits this long before the card answers: a slow card, so a test can act mid-read. */
    public void setResponseDelay(Duration delay) {
        responseDelay = delay;
    }

    /** Inserts the card: connects to vpcd (retrying until vpcd listens). */
    public synchronized void insert() {
        inserted = true;
        if (thread == null) {
            thread = new Thread(this::run, "vpcd-card");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** Pulls the card: closes the connection. */
    public void remove() {
        inserted = false;
        closeSocket();
    }

    /** True while vpcd holds our connection (the card is in the reader). */
    public boolean isConnected() {
        return connected;
    }

    @Override
    public void close() {
        closed = true;
        remove();
        Thread t;
        synchronized (this) {
            t = thread;
        }
        if (t != null) {
            t.interrupt();
        }
    }

    private void run() {
        while (!closed) {
            if (!inserted) {
                sleep(Duration.ofMillis(50));
                continue;
            }
            try (Socket s = new Socket()) {
                s.setTcpNoDelay(true);
                s.connect(vpcd, 1000);
                socket = s;
                if (!inserted) {
                    continue;
                }
                connected = true;
                LOG.info("virtual card {} inserted into vpcd {}", card.label(), vpcd);
                serve(s);
            } catch (IOException e) {
                if (connected) {
                    LOG.info("virtual card {} out of the reader ({})", card.label(), e.getMessage());
                }
            } finally {
                connected = false;
                socket = null;
            }
            if (inserted && !closed) {
                sleep(RETRY);
            }
        }
    }

    private void serve(Socket s) throws IOException {
        DataInputStream in = new DataInputStream(s.getInputStream());
        DataOutputStream out = new DataOutputStream(s.getOutputStream());
        while (inserted && !closed) {
            quickAck(s);
            int length;
            try {
                length = in.readUnsignedShort();
            } catch (EOFException e) {
                return; // vpcd closed the connection (pcscd stopped)
            }
            quickAck(s);
            byte[] message = in.readNBytes(length);
            if (message.length < length) {
                return;
            }
            if (length == 1) {
                control(message[0], out);
                continue;
            }
            byte[] answer = card.process(message);
            Duration delay = responseDelay;
            if (!delay.isZero()) {
                sleep(delay);
            }
            send(out, answer);
            if (removeAfterApdus.get() > 0 && removeAfterApdus.decrementAndGet() == 0) {
                pullAutomatically();
                return;
            }
        }
    }

    private void control(byte code, DataOutputStream out) throws IOException {
        switch (code) {
            case 0x00, 0x01, 0x02 -> card.reset(); // power off, power on, reset: no answer
            case 0x04 -> send(out, card.atr());
            default -> LOG.debug("ignoring vpcd control {}", code);
        }
    }

    private void pullAutomatically() {
        Duration delay = reinsertAfter;
        LOG.info("pulling virtual card {} after its APDU budget", card.label());
        remove();
        if (!delay.isZero() && !closed) {
            Thread reinsert = new Thread(() -> {
                sleep(delay);
                if (!closed) {
                    insert();
                }
            }, "vpcd-card-reinsert");
            reinsert.setDaemon(true);
            reinsert.start();
        }
    }

    /** Length and payload in one write, so one TCP segment carries the whole answer. */
    private static void send(DataOutputStream out, byte[] payload) throws IOException {
        byte[] frame = new byte[payload.length + 2];
        frame[0] = (byte) (payload.length >> 8);
        frame[1] = (byte) payload.length;
        System.arraycopy(payload, 0, frame, 2, payload.length);
        out.write(frame);
        out.flush();
    }

    /**
     * vpcd writes the 2-byte length and the APDU in two sends without TCP_NODELAY, so its second
     * send waits for our ACK of the first; a delayed ACK (about 40 ms on Linux) would then be paid on
     * every APDU. Asking for quick ACKs before each read removes that wait. Linux only; the kernel
     * clears the flag after a while, hence before every read.
     */
    private static void quickAck(Socket s) {
        if (QUICK_ACK != null) {
            try {
                s.setOption(QUICK_ACK, Boolean.TRUE);
            } catch (IOException | UnsupportedOperationException e) {
                // only a latency optimisation
            }
        }
    }

    private static final java.net.SocketOption<Boolean> QUICK_ACK = quickAckOption();

    private static java.net.SocketOption<Boolean> quickAckOption() {
        try {
            java.net.SocketOption<Boolean> option = jdk.net.ExtendedSocketOptions.TCP_QUICKACK;
            try (Socket probe = new Socket()) {
                return probe.supportedOptions().contains(option) ? option : null;
            }
        } catch (IOException | LinkageError e) {
            return null;
        }
    }

    private void closeSocket() {
        Socket s = socket;
        if (s != null) {
            try {
                s.close();
            } catch (IOException e) {
                // closing is all we wanted
            }
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
