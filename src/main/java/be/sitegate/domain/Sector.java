package be.sitegate.domain;

/** The sector codes of the central service. */
public enum Sector {
    CONSTRUCTION(1),
    SECURITY(2),
    MEAT(3),
    CLEANING(4);

    private final int code;

    Sector(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static Sector ofCode(int code) {
        for (Sector s : values()) {
            if (s.code == code) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown sector code " + code);
    }
}
