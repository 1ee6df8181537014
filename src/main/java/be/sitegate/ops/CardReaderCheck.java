package be.sitegate.ops;

import be.sitegate.card.MonitorStatus;
import be.sitegate.card.TerminalSource;
import java.util.ArrayList;
import java.util.List;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;

/** The PC/SC service answers, at least one reader is plugged in, and whether a card is in it. */
public final class CardReaderCheck implements Check {

    private final TerminalSource terminals;

    public CardReaderCheck(TerminalSource terminals) {
        this.terminals = terminals;
    }

    @Override
    public String name() {
        return "card reader";
    }

    @Override
    public CheckResult run() {
        List<CardTerminal> readers;
        try {
            readers = terminals.terminals().list();
        } catch (TerminalSource.Unavailable e) {
            return e.status() == MonitorStatus.PCSC_LIBRARY_MISSING
                    ? CheckResult.fail(name(), "no PC/SC library: " + e.getMessage(),
                            "apt-get install libpcsclite1 pcscd, or set card.library to the libpcsclite.so.1 in use")
                    : CheckResult.fail(name(), "the PC/SC service does not answer: " + e.getMessage(),
                            "systemctl enable --now pcscd.socket (and check 'journalctl -u pcscd')");
        } catch (CardException e) {
            return CheckResult.fail(name(), "the PC/SC service does not answer: " + cause(e),
                    "systemctl enable --now pcscd.socket (and check 'journalctl -u pcscd')");
        }
        if (readers.isEmpty()) {
            return CheckResult.fail(name(), "PC/SC answers, but no reader is plugged in",
                    "plug in the eID reader (another USB port, another cable); 'pcsc_scan' lists what PC/SC sees");
        }
        List<String> found = new ArrayList<>();
        for (CardTerminal reader : readers) {
            found.add(reader.getName() + " (" + card(reader) + ")");
        }
        return CheckResult.ok(name(), String.join(", ", found));
    }

    private static String card(CardTerminal reader) {
        try {
            return reader.isCardPresent() ? "a card is in" : "no card";
        } catch (CardException e) {
            return "card state unknown: " + cause(e);
        }
    }

    private static String cause(CardException e) {
        return e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
    }
}
