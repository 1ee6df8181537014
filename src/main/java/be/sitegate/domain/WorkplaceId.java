package be.sitegate.domain;

import be.sitegate.domain.InvalidIdentifierException.Reason;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The workplace number of a Declaration of Works: at most 13 upper-case letters and digits (the
 * hard rule). All observed values are exactly 13 characters starting with {@code 1Y}; other shapes
 * are accepted but {@link #hasUsualShape()} lets the UI warn.
 */
public final class WorkplaceId {

    private static final String TYPE = "WORKPLACE_ID";
    private static final Pattern ALLOWED = Pattern.compile("[A-Z0-9]+");
    private static final Pattern USUAL = Pattern.compile("1Y[A-Z0-9]{11}");

    private final String value;

    private WorkplaceId(String value) {
        this.value = value;
    }

    public static boolean isValid(String input) {
        try {
            parse(input);
            return true;
        } catch (InvalidIdentifierException e) {
            return false;
        }
    }

    public static WorkplaceId parse(String input) {
        String bare = IdentifierText.stripSeparators(input).toUpperCase(Locale.ROOT);
        if (bare.isEmpty()) {
            throw new InvalidIdentifierException(TYPE, Reason.EMPTY);
        }
        if (!ALLOWED.matcher(bare).matches()) {
            throw new InvalidIdentifierException(TYPE, Reason.INVALID_CHARACTERS);
        }
        if (bare.length() > 13) {
            throw new InvalidIdentifierException(TYPE, Reason.WRONG_LENGTH);
        }
        return new WorkplaceId(bare);
    }

    /** True for the 13-character {@code 1Y...} shape every real declaration has shown so far. */
    public boolean hasUsualShape() {
        return USUAL.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }

    public String formatted() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WorkplaceId other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
