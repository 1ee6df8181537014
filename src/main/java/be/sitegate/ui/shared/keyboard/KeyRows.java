package be.sitegate.ui.shared.keyboard;

import be.sitegate.ui.shared.keyboard.Key.Kind;
import be.sitegate.ui.shared.keyboard.KeyboardModel.Layout;
import java.util.ArrayList;
import java.util.List;

/**
 * The keys, row by row: a digits row over the letters (Belgian AZERTY, or QWERTY) or over a page of
 * the symbols user names and passwords use. At most ten units a row, so the keyboard stays 60 px a
 * key at 1024 pixels even beside the demo's reader strip.
 */
final class KeyRows {

    private static final String DIGITS = "1234567890";

    private KeyRows() {
    }

    static List<List<Key>> letters(Layout layout) {
        String[] rows = layout == Layout.AZERTY
                ? new String[] {"azertyuiop", "qsdfghjklm", "wxcvbn"}
                : new String[] {"qwertyuiop", "asdfghjkl", "zxcvbnm"};
        // AZERTY has six letters on the bottom row, QWERTY seven: the shift and backspace keys take the rest.
        double side = layout == Layout.AZERTY ? 2 : 1.5;
        return List.of(chars(DIGITS), chars(rows[0]), chars(rows[1]),
                with(Key.of(Kind.SHIFT, side), chars(rows[2]), Key.of(Kind.BACKSPACE, side)),
                List.of(Key.of(Kind.PAGE, 1.5), Key.of(Kind.LAYOUT, 1.5), Key.ch('@'), Key.of(Kind.SPACE, 3),
                        Key.ch('.'), Key.of(Kind.ENTER, 2)));
    }

    static List<List<Key>> symbols() {
        return List.of(chars(DIGITS), chars("@#$%&*-_+="), chars("!?.,;:'\"/\\"),
                with(null, chars("()[]{}<>"), Key.of(Kind.BACKSPACE, 2)),
                List.of(Key.of(Kind.PAGE, 2), Key.ch('~'), Key.ch('^'), Key.of(Kind.SPACE, 3), Key.ch('€'),
                        Key.of(Kind.ENTER, 2)));
    }

    private static List<Key> chars(String keys) {
        return keys.chars().mapToObj(c -> Key.ch((char) c)).toList();
    }

    private static List<Key> with(Key first, List<Key> middle, Key last) {
        List<Key> row = new ArrayList<>();
        if (first != null) {
            row.add(first);
        }
        row.addAll(middle);
        row.add(last);
        return List.copyOf(row);
    }
}
