package be.sitegate.logging;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;

/** {@code %maskedEx}: stack traces with national numbers and secrets in exception messages masked. */
public final class MaskedThrowableConverter extends ThrowableProxyConverter {

    @Override
    protected String throwableProxyToString(IThrowableProxy tp) {
        return SecretMask.maskAll(super.throwableProxyToString(tp));
    }
}
