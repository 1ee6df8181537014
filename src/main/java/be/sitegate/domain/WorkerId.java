package be.sitegate.domain;

/**
 * Who registers: a person with a Belgian social-security number, or a posted worker known only by a
 * Limosa declaration. The central service takes exactly one of the two.
 */
public sealed interface WorkerId permits WorkerId.National, WorkerId.Limosa {

    /** A stable text key ({@code I:...} or {@code L:...}) for storage and de-duplication. */
    String key();

    /** What may be shown on a screen others can see. */
    String masked();

    static WorkerId of(Inss inss) {
        return new National(inss);
    }

    static WorkerId of(LimosaId limosaId) {
        return new Limosa(limosaId);
    }

    /** Inverse of {@link #key()}. */
    static WorkerId fromKey(String key) {
        if (key.startsWith("I:")) {
            return of(Inss.parse(key.substring(2)));
        }
        if (key.startsWith("L:")) {
            return of(LimosaId.parse(key.substring(2)));
        }
        throw new IllegalArgumentException("not a worker key");
    }

    record National(Inss inss) implements WorkerId {
        @Override
        public String key() {
            return "I:" + inss;
        }

        @Override
        public String masked() {
            return inss.masked();
        }

        @Override
        public String toString() {
            return "National[" + inss.masked() + "]";
        }
    }

    record Limosa(LimosaId limosaId) implements WorkerId {
        @Override
        public String key() {
            return "L:" + limosaId;
        }

        @Override
        public String masked() {
            return limosaId.formatted();
        }
    }
}
