package be.sitegate.central;

import be.sitegate.central.CentralUnavailableException.Reason;
import java.io.IOException;
import java.io.InputStream;
import okhttp3.ResponseBody;

/**
 * The most the client reads of one answer. The largest the contract allows is a page of 500 search
 * results or 200 registration results, each under 2 KiB: about 1 MiB. 8 MiB leaves room for a
 * verbose service and still keeps a broken or hostile one from filling the kiosk's memory; anything
 * larger is refused as a malformed answer, whether or not it announced its length.
 */
final class AnswerSize {

    static final long LIMIT_BYTES = 8L * 1024 * 1024;

    private AnswerSize() {
    }

    static byte[] read(ResponseBody body) throws IOException {
        return read(body, LIMIT_BYTES);
    }

    static byte[] read(ResponseBody body, long limit) throws IOException {
        if (body.contentLength() > limit) {
            throw tooLarge(limit);
        }
        // One byte more than allowed tells a body at the limit from a longer one, without reading the rest.
        try (InputStream in = body.byteStream()) {
            byte[] bytes = in.readNBytes(Math.toIntExact(limit + 1));
            if (bytes.length > limit) {
                throw tooLarge(limit);
            }
            return bytes;
        }
    }

    private static CentralUnavailableException tooLarge(long limit) {
        return CentralUnavailableException.of(Reason.MALFORMED_ANSWER,
                "answer larger than " + limit / (1024 * 1024) + " MiB refused", null);
    }
}
