package be.sitegate.export;

import java.util.List;

/**
 * The CSV dialect of the exports, chosen so that a double-click opens the file right "as is" in
 * Excel and LibreOffice on a Belgian (nl-BE, fr-BE, de-BE) computer:
 *
 * <ul>
 *   <li><b>UTF-8 with a byte order mark.</b> Without the BOM, Excel reads a CSV in the Windows code
 *       page and prints "Åukasz" for "Łukasz"; with it, Excel and LibreOffice both read UTF-8.
 *   <li><b>{@code ;} between fields.</b> Belgian locales write decimals with a comma, so their list
 *       separator, the one Excel splits a double-clicked CSV on, is {@code ;}; a {@code ,} file opens
 *       as one column there. (No {@code sep=;} line: it makes Excel ignore the BOM.)
 *   <li><b>RFC 4180 quoting.</b> A field with {@code ;}, {@code "}, a line break or a leading or
 *       trailing space is put in double quotes, its quotes doubled; lines end with CR LF.
 *   <li><b>No formulas.</b> A field starting with {@code = + - @} (or a tab or CR) gets a leading
 *       {@code '}, so a name or remark can never run as a formula in the inspector's spreadsheet.
 * </ul>
 */
final class Csv {

    static final char SEPARATOR = ';';
    static final String BYTE_ORDER_MARK = "\uFEFF";
    static final String LINE_END = "\r\n";

    private Csv() {
    }

    static String line(List<String> fields) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(SEPARATOR);
            }
            out.append(field(fields.get(i)));
        }
        return out.append(LINE_END).toString();
    }

    static String field(String value) {
        String safe = startsLikeAFormula(value) ? "'" + value : value;
        boolean quote = safe.indexOf(SEPARATOR) >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0 || !safe.equals(safe.strip());
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    private static boolean startsLikeAFormula(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
    }
}
