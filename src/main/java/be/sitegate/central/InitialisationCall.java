package be.sitegate.central;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * The password-carrying initialisation request and the meaning of its refusals. The JSON is built by
 * hand around the password so that no String copy of it is ever made; every buffer is wiped.
 */
final class InitialisationCall {

    static final Duration MAX_WAIT = Duration.ofDays(1);

    private InitialisationCall() {
    }

    /** {@code head} plus a {@code "password"} member; the caller wipes the returned bytes after sending. */
    static byte[] body(ObjectNode head, char[] password) {
        String prefix = head.toString();
        StringBuilder escaped = new StringBuilder(prefix.length() + password.length + 16);
        char[] text = null;
        try {
            escaped.append(prefix, 0, prefix.length() - 1).append(prefix.length() > 2 ? "," : "").append("\"password\":\"");
            for (char c : password) {
                if (c == '"' || c == '\\') {
                    escaped.append('\\').append(c);
                } else if (c < 0x20) {
                    escaped.append(String.format("\\u%04x", (int) c));
                } else {
                    escaped.append(c);
                }
            }
            escaped.append("\"}");
            text = new char[escaped.length()];
            escaped.getChars(0, escaped.length(), text, 0);
            var buffer = StandardCharsets.UTF_8.encode(CharBuffer.wrap(text));
            byte[] out = new byte[buffer.remaining()];
            buffer.get(out);
            if (buffer.hasArray()) {
                Arrays.fill(buffer.array(), (byte) 0);
            }
            return out;
        } finally {
            int capacity = escaped.capacity();
            escaped.setLength(0);
            for (int i = 0; i < capacity; i++) {
                escaped.append('\0');
            }
            if (text != null) {
                Arrays.fill(text, '\0');
            }
        }
    }

    /** The typed refusal for an initialisation answer, or empty when the status is not one of the contract's. */
    static Optional<InitialisationRefusedException> refusal(CentralHttp.Answer answer) {
        InitialisationRefusedException.Reason reason = switch (answer.status()) {
            case 401 -> InitialisationRefusedException.Reason.BAD_CREDENTIALS;
            case 403 -> InitialisationRefusedException.Reason.WORKPLACE_NOT_ALLOWED;
            case 404 -> InitialisationRefusedException.Reason.UNKNOWN_WORKPLACE;
            case 409 -> InitialisationRefusedException.Reason.SITE_NOT_SUBJECT;
            case 429 -> InitialisationRefusedException.Reason.TOO_MANY_ATTEMPTS;
            default -> null;
        };
        if (reason == null) {
            return Optional.empty();
        }
        JsonNode after = answer.body().path("retryAfterSeconds");
        // A negative wait means nothing; one beyond a day is not a lock anyone set on purpose.
        Optional<Duration> retryAfter = after.canConvertToLong() && after.asLong() >= 0
                ? Optional.of(Duration.ofSeconds(Math.min(after.asLong(), MAX_WAIT.toSeconds())))
                : Optional.empty();
        return Optional.of(new InitialisationRefusedException(reason, retryAfter));
    }
}
