package be.sitegate.card;

import be.sitegate.card.ApduExchange.FileShape;
import be.sitegate.card.EidFileParser.InvalidNationalNumberException;
import be.sitegate.domain.EidAddress;
import be.sitegate.domain.EidIdentity;
import be.sitegate.domain.Inss;
import java.security.interfaces.RSAPublicKey;
import java.security.cert.X509Certificate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javax.smartcardio.Card;
import javax.smartcardio.CardTerminal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one Belgian eID card: identity, address, their signatures and the RRN certificate, with
 * the fewest APDUs (one SELECT per file, chunked READ BINARY that stops as soon as the length is
 * known), then parses and verifies them. The photo is read later, on request, through the
 * returned {@link EidSession}. Never throws: every failure is an {@link EidReadResult.Failure}.
 */
public final class EidReader {

    private static final Logger LOG = LoggerFactory.getLogger(EidReader.class);

    private final EidReaderSettings settings;
    private final EidVerifier verifier;
    /**
     * The last few RRN certificates parsed, by their exact DER bytes: every card of a generation
     * carries one of a handful, so a read of a known one needs no parse and no other thread.
     */
    private final ExactBytesCache<X509Certificate> rrnCertificates = new ExactBytesCache<>(4);

    public EidReader(EidReaderSettings settings) {
        this.settings = settings;
        this.verifier = new EidVerifier(settings.trustedRoots(), settings.clock());
    }

    public EidReaderSettings settings() {
        return settings;
    }

    /** Connects to the card in {@code terminal} and reads it within the time limit. */
    public EidReadResult read(CardTerminal terminal) {
        return read(terminal, number -> { });
    }

    /**
     * The same, telling {@code identityFileRead} the national number as soon as the identity file is
     * in and parsed, before the address files are read and anything is verified (on a checking thread;
     * an exception there is logged and the read goes on).
     */
    public EidReadResult read(CardTerminal terminal, Consumer<Inss> identityFileRead) {
        return read(terminal, identityFileRead, new CardInsertion());
    }

    /**
     * The same, as one of the reads of {@code insertion}: whatever their number, the chip of an
     * applet 1.8 card is challenged once per insertion (the card allows 5,000 in its life). The two
     * shorter forms take each call as an insertion of its own; a caller that may read the same
     * insertion again (a retry) must use this one.
     */
    public EidReadResult read(CardTerminal terminal, Consumer<Inss> identityFileRead, CardInsertion insertion) {
        Deadline deadline = Deadline.after(settings.timeLimit());
        Attempt attempt = new Attempt(terminal, deadline, identityFileRead, insertion);
        return TimeLimiter.call(attempt::run, EidReader::logRead, settings.timeLimit(), () -> {
            attempt.abandon();
            LOG.info("card read timed out after {} APDUs", attempt.apdus());
            return new EidReadResult.Failure(ReadFailure.TIMED_OUT, attempt.apdus());
        }, error -> {
            attempt.abandon();
            return new EidReadResult.Failure(ReadFailure.PCSC_ERROR, attempt.apdus());
        });
    }

    /** One read of one card, on the worker thread. */
    private final class Attempt {
        private final CardTerminal terminal;
        private final Deadline deadline;
        private volatile Card card;
        private volatile ApduExchange exchange;
        private volatile boolean abandoned;

        private final Consumer<Inss> identityFileRead;
        private final CardInsertion insertion;

        Attempt(CardTerminal terminal, Deadline deadline, Consumer<Inss> identityFileRead, CardInsertion insertion) {
            this.terminal = terminal;
            this.deadline = deadline;
            this.identityFileRead = identityFileRead;
            this.insertion = insertion;
        }

        int apdus() {
            ApduExchange e = exchange;
            return e == null ? 0 : e.apduCount();
        }

        void abandon() {
            abandoned = true;
            disconnectQuietly(card);
        }

        EidReadResult run() {
            try {
                card = terminal.connect("*");
                if (abandoned) {
                    disconnectQuietly(card);
                    return new EidReadResult.Failure(ReadFailure.TIMED_OUT, 0);
                }
                if (settings.requireKnownAtr() && !EidAtr.isKnown(card.getATR().getBytes())) {
                    disconnectQuietly(card);
                    return new EidReadResult.Failure(ReadFailure.NOT_AN_EID, 0);
                }
                exchange = new ApduExchange(card.getBasicChannel(), deadline);
                Pipelined read = inTransaction(card, () -> readFiles(exchange, identityFileRead, insertion));
                EidCard eid = interpret(read);
                EidSession session = new EidSession(terminal, card, read.files(), settings);
                return new EidReadResult.Success(eid, session, exchange.apduCount()); // logged once handed back
            } catch (Exception | Error e) {
                disconnectQuietly(card);
                if (abandoned) {
                    return new EidReadResult.Failure(ReadFailure.TIMED_OUT, apdus());
                }
                ReadFailure reason = FailureClassifier.classify(e, terminal, settings.removalGrace());
                // Our own messages name files, tags and lengths, never a card's content.
                LOG.info("eID read failed: {} after {} APDUs ({}{})", reason, apdus(), e.getClass().getSimpleName(),
                        e instanceof CardReadException ? ": " + e.getMessage() : "");
                return new EidReadResult.Failure(reason, apdus());
            }
        }
    }

    /**
     * The site manager's line for a read that succeeded, written on the card thread once the caller
     * has the result: the kiosk shows the worker the outcome without waiting for the log.
     */
    private static void logRead(EidReadResult result) {
        if (result instanceof EidReadResult.Success success) {
            EidCard eid = success.card();
            LOG.info("eID read: {} in {} APDUs, {}{}, chip {}", eid.identity().nationalNumber().masked(),
                    success.apduCount(), eid.verification().outcome(),
                    eid.verification().reason().map(r -> " (" + r + ")").orElse(""), eid.chipProof());
        }
    }

    /** Work that reads the card: the exchange's files in order. */
    interface CardWork<T> {
        T run() throws Exception;
    }

    /**
     * Runs {@code work} inside a PC/SC transaction. Without one, another application on the reader
     * (eID middleware, a browser's card plug-in) may SELECT a file between our SELECT and READ
     * BINARY, and we would read its file as ours: a read of the photo as the identity file was
     * seen on the real stack. With it, pcscd holds the others' commands until we are done.
     */
    static <T> T inTransaction(Card card, CardWork<T> work) throws Exception {
        card.beginExclusive();
        try {
            return work.run();
        } finally {
            try {
                card.endExclusive();
            } catch (Exception | Error e) {
                // the card was pulled or the service went: the read's own outcome says what happened
            }
        }
    }

    /**
     * Daemon threads that parse and verify what was read while the card answers the next commands;
     * a check none of them has started when the reader needs it runs on the reader ({@link Overlapped}).
     */
    private static final ExecutorService CHECKS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "eid-verify");
        t.setDaemon(true);
        return t;
    });

    /** The files as read, and the checks already started on them. */
    private record Pipelined(EidFiles files, Overlapped<Parsed> identity, Overlapped<EidVerifier.Early> early,
            CompletableFuture<ChipCheck> chip, Overlapped<RsaSignature> openedAddressSignature) {
    }

    /** The identity file parsed, or why it could not be (thrown again, in order, once every file is read). */
    private record Parsed(EidIdentity identity, Exception failure) {
    }

    /**
     * RRN certificate first: its key size tells the exact length of the RSA signature files (a
     * certificate whose very bytes were parsed before is known at once; another is parsed here).
     * Then each signature before the file it signs: with an RSA key its public-key operation, the
     * costly half of the check ({@link RsaSignature}), runs on {@link #CHECKS} while the card sends
     * that file, and once the file is in only a digest and a comparison are left. Each check starts
     * as soon as its files are in, while this thread waits for the card's next answers: the identity
     * is parsed and the policy and identity signature checked during the address files' APDUs, the
     * address signature opened during the address's. The APDUs are those of a read that checks at
     * the end; so are the outcomes ({@link #interpret} takes them in the same order as before). An
     * applet 1.8 card's basic key and its one challenge come after the identity (its tag 26 names the
     * key) and before the address files, so the chip's signature is verified while they are read
     * ({@link ChipProver}).
     */
    private Pipelined readFiles(ApduExchange exchange, Consumer<Inss> identityFileRead, CardInsertion insertion)
            throws Exception {
        exchange.select(EidFile.RRN_CERTIFICATE);
        byte[] rrnFile = exchange.read(FileShape.DER, -1);
        Overlapped<X509Certificate> rrn = rrnCertificate(rrnFile);
        int signatureLength = rsaSignatureLength(join(rrn));
        exchange.select(EidFile.IDENTITY_SIGNATURE);
        byte[] identitySignature = exchange.read(FileShape.TO_THE_END, signatureLength);
        Overlapped<RsaSignature> openedIdentitySignature = openRsa(join(rrn), identitySignature);
        exchange.select(EidFile.IDENTITY);
        byte[] identity = exchange.read(FileShape.TO_THE_END, -1);
        // One task: parse, tell the listener, check the policy and the signature; whichever step the
        // reader needs before the task has reached it, the reader does itself. The listener is told by
        // whichever thread parsed, once the parse is out for the others (a slow listener on the task
        // holds up nothing but the task).
        Overlapped<Parsed> parsed = Overlapped.deferred(() -> parse(identity),
                p -> tellNationalNumber(p, identityFileRead));
        Overlapped<EidVerifier.Early> early = Overlapped.deferred(() -> {
            Parsed p = parsed.join();
            return p.identity() == null ? null : verifier.early(rrn.join(), p.identity(), identity, identitySignature,
                    openedIdentitySignature.join());
        });
        CHECKS.execute(() -> {
            parsed.run();
            early.run();
        });
        CompletableFuture<ChipCheck> chip = ChipProver.prove(exchange, identity, insertion, CHECKS);
        exchange.select(EidFile.ADDRESS_SIGNATURE);
        byte[] addressSignature = exchange.read(FileShape.TO_THE_END, signatureLength);
        Overlapped<RsaSignature> openedAddressSignature = openRsa(join(rrn), addressSignature);
        exchange.select(EidFile.ADDRESS);
        byte[] address = exchange.read(FileShape.TO_THE_END, -1);
        return new Pipelined(new EidFiles(identity, identitySignature, address, addressSignature, rrnFile), parsed,
                early, chip, openedAddressSignature);
    }

    /**
     * The RSA public-key operation on a signature, on {@link #CHECKS} while the card sends the file it
     * signs; null for an EC key or no certificate (the signature is then checked in full).
     */
    private static Overlapped<RsaSignature> openRsa(X509Certificate rrn, byte[] signature) {
        if (rrn != null && rrn.getPublicKey() instanceof RSAPublicKey rsa) {
            return Overlapped.start(() -> RsaSignature.open(rsa, signature), CHECKS);
        }
        return Overlapped.done(null);
    }

    private static <T> T join(Overlapped<T> future) {
        try {
            return future.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /**
     * The RRN certificate, or null when the file holds none that parses (verification says so), as
     * {@link EidFiles#rrnCertificate()} parses it: at once when these very bytes were parsed before,
     * else parsed on {@link #CHECKS} while the card answers the identity's APDUs.
     */
    private Overlapped<X509Certificate> rrnCertificate(byte[] rrnFile) {
        int length = ApduExchange.derTotalLength(rrnFile);
        if (length <= 0 || length > rrnFile.length) {
            return Overlapped.done(null);
        }
        byte[] der = length == rrnFile.length ? rrnFile : java.util.Arrays.copyOf(rrnFile, length);
        X509Certificate known = rrnCertificates.get(der);
        if (known != null) {
            return Overlapped.done(known);
        }
        return Overlapped.start(() -> rrnCertificates.get(der, () -> parseCertificate(der)), CHECKS);
    }

    private static X509Certificate parseCertificate(byte[] der) {
        try {
            return be.sitegate.pki.Certificates.parse(der);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Parsed parse(byte[] identity) {
        try {
            return new Parsed(EidFileParser.parseIdentity(identity), null);
        } catch (CorruptFileException | InvalidNationalNumberException | RuntimeException e) {
            return new Parsed(null, e);
        }
    }

    /** A file that does not parse is reported by the read's own outcome, after the other files. */
    private static void tellNationalNumber(Parsed parsed, Consumer<Inss> identityFileRead) {
        if (parsed.identity() == null) {
            return;
        }
        try {
            identityFileRead.accept(parsed.identity().nationalNumber());
        } catch (RuntimeException e) {
            LOG.warn("the identity file's listener failed; the read goes on", e);
        }
    }

    /** The RSA modulus length in bytes, or -1 (EC or unreadable: read the file to its end). */
    private static int rsaSignatureLength(X509Certificate rrn) {
        if (rrn != null && rrn.getPublicKey() instanceof RSAPublicKey rsa) {
            return (rsa.getModulus().bitLength() + 7) / 8;
        }
        return -1;
    }

    private EidCard interpret(Pipelined read) throws CardReadException {
        EidFiles files = read.files();
        try {
            Parsed parsed = read.identity().join();
            if (parsed.failure() != null) {
                throw parsed.failure();
            }
            EidIdentity identity = parsed.identity();
            EidAddress address = EidFileParser.parseAddress(files.address());
            Verification data = verifier.finish(read.early().join(), files, identity,
                    read.openedAddressSignature().join());
            ChipCheck chip = read.chip().join();
            return new EidCard(identity, address, withChip(data, chip), files, chip.proof());
        } catch (CorruptFileException e) {
            // The lengths tell a truncated or mixed-up read (a transport fault) from a badly written card.
            throw new CardReadException(ReadFailure.CORRUPT_FILE, e.getMessage() + " (identity "
                    + files.identity().length + " bytes, address " + files.address().length + " bytes, RRN file "
                    + files.rrnCertificateFile().length + " bytes)", e);
        } catch (InvalidNationalNumberException e) {
            throw new CardReadException(ReadFailure.INVALID_NATIONAL_NUMBER, e.getMessage(), e);
        } catch (java.util.concurrent.CompletionException e) {
            // A check that failed on its thread fails the read as it did when checks ran here.
            throw e.getCause() instanceof RuntimeException r ? r : e;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e); // parse throws nothing else
        }
    }

    /**
     * A chip that fails its proof makes files that verify not authentic, with the same outcome (and
     * so the same words for the worker) as forged files; files that do not verify keep their own
     * reason, the first one found.
     */
    private static Verification withChip(Verification data, ChipCheck chip) {
        if (chip.failure().isEmpty() || !data.isAuthentic()) {
            return data;
        }
        return Verification.notAuthentic(chip.failure().get(), data.expired(), data.notYetValid());
    }

    static void disconnectQuietly(Card card) {
        if (card == null) {
            return;
        }
        try {
            card.disconnect(false);
        } catch (Exception | Error e) {
            // already gone
        }
    }
}
