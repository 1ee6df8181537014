package be.sitegate.pki;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The one reader of a key-store password file, for every command ({@code csr}, the kiosk), so that
 * what {@code csr} protects the kiosk can open. The rule: the file is UTF-8 and holds one line; one
 * line end ({@code \n} or {@code \r\n}) after it is dropped, nothing else is. A password that begins
 * or ends with white space, holds a control character or spans two lines is refused, not trimmed:
 * trimming is what made the two readers differ, and an editor's stray space must not silently become
 * (or stop being) part of a password.
 */
public final class PasswordFile {

    /** A password file is a line, not a document; anything bigger is the wrong file. */
    static final int MAX_BYTES = 4096;

    private PasswordFile() {
    }

    /** The password in {@code file}; an {@link IllegalArgumentException} that names the file and the fix otherwise. */
    public static char[] read(Path file) {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new IllegalArgumentException(file + " is larger than " + MAX_BYTES
                        + " bytes; a password file holds one line");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the password file " + file + ": " + e.getMessage(), e);
        }
        char[] text = decode(file, bytes);
        Arrays.fill(bytes, (byte) 0);
        int end = text.length;
        if (end > 0 && text[end - 1] == '\n') {
            end--;
            if (end > 0 && text[end - 1] == '\r') {
                end--;
            }
        }
        char[] password = Arrays.copyOf(text, end);
        Arrays.fill(text, '\0');
        try {
            check(password, file.toString());
        } catch (IllegalArgumentException e) {
            Arrays.fill(password, '\0');
            throw e;
        }
        return password;
    }

    /**
     * The same rule for a password typed at a prompt, so that every password {@code csr} accepts can
     * be written into a password file for the kiosk. {@code source} names where it came from.
     */
    public static void check(char[] password, String source) {
        if (password.length == 0) {
            throw new IllegalArgumentException(source + " holds no password (an empty password is not accepted)");
        }
        for (int i = 0; i < password.length; i++) {
            if (password[i] == '\n' || password[i] == '\r') {
                throw new IllegalArgumentException(source + " holds more than one line; write the password alone on"
                        + " the first line, followed by at most one line end");
            }
            if (PlainPaths.isOdd(password[i])) {
                // A byte-order mark or a tab is as invisible in an editor as a trailing space.
                throw new IllegalArgumentException(String.format("the password in %s holds the control or invisible"
                        + " character U+%04X at position %d; use printable characters only", source, (int) password[i],
                        i + 1));
            }
        }
        if (isSpace(password[0]) || isSpace(password[password.length - 1])) {
            throw new IllegalArgumentException("the password in " + source + " begins or ends with white space;"
                    + " remove it (spaces inside the password are fine)");
        }
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static char[] decode(Path file, byte[] bytes) {
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            char[] out = new char[chars.remaining()];
            chars.get(out);
            Arrays.fill(chars.array(), '\0');
            return out;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(file + " is not UTF-8 text; save the password file as UTF-8");
        }
    }
}
