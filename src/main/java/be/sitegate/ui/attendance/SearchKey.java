package be.sitegate.ui.attendance;

import be.sitegate.domain.WorkerId;
import java.text.Normalizer;
import java.util.Locale;

/**
 * What the search field matches a person by: the name without case or accents ("benoit" finds
 * Benoît), or the digits of the full number. The full number stays in the view model: typed digits
 * find a person whose number the screen shows masked, and the screen never gets it.
 */
record SearchKey(String name, String digits) {

    static SearchKey of(String displayName, WorkerId worker) {
        return new SearchKey(fold(displayName), worker.key().replaceAll("[^0-9]", ""));
    }

    /**
     * Digits only (dots, dashes and spaces as in a printed number allowed) search the number,
     * anything else the name. An empty query matches everyone.
     */
    boolean matches(Query query) {
        if (query.isEmpty()) {
            return true;
        }
        return query.digits() ? digits.contains(query.text()) : name.contains(query.text());
    }

    /** A search text, folded once per keystroke rather than once per row. */
    record Query(String text, boolean digits) {

        static final Query ALL = new Query("", false);

        static Query of(String typed) {
            String folded = fold(typed == null ? "" : typed);
            if (!folded.isEmpty() && folded.matches("[0-9 .\\-/]+")) {
                String digitsOnly = folded.replaceAll("[^0-9]", "");
                if (!digitsOnly.isEmpty()) {
                    return new Query(digitsOnly, true);
                }
            }
            return new Query(folded, false);
        }

        boolean isEmpty() {
            return text.isEmpty();
        }
    }

    private static String fold(String text) {
        String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
