package be.sitegate.kiosk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The badge links as a CSV file for the site's records, in the exports' dialect (UTF-8 with BOM,
 * {@code ;}, so a spreadsheet opens it as it opens the attendance CSV): name, masked number, linked,
 * ends, revoked, photo kept. The national number is masked and no fingerprint is written: the file
 * says who has a badge, it cannot be used to register anyone.
 */
public final class BadgeLinkCsv {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private BadgeLinkCsv() {
    }

    static String text(List<BadgeLink> links, ZoneId zone) {
        StringBuilder out = new StringBuilder("\uFEFFname;number;linked;ends;revoked;photo kept\r\n");
        for (BadgeLink l : links) {
            out.append(cell(l.displayName())).append(';')
                    .append(l.inss().masked()).append(';')
                    .append(DAY.format(l.createdAt().atZone(zone))).append(';')
                    .append(DAY.format(l.expiresAt().minusSeconds(1).atZone(zone))).append(';')
                    .append(l.revokedAt().map(at -> DAY.format(at.atZone(zone))).orElse("")).append(';')
                    .append(l.photo().isPresent() ? "yes" : "no").append("\r\n");
        }
        return out.toString();
    }

    /** Writes a new file {@code badge-links-<time>.csv} into {@code folder}, whole or not at all. */
    static Path write(List<BadgeLink> links, Path folder, Instant now, ZoneId zone) throws IOException {
        Path target = folder.resolve("badge-links-" + STAMP.format(now.atZone(zone)) + ".csv");
        Path partial = folder.resolve("." + target.getFileName() + ".part");
        Files.writeString(partial, text(links, zone), StandardCharsets.UTF_8);
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        return target;
    }

    /** A name with the separator, a quote or a line break is quoted; a leading formula sign is defused. */
    private static String cell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(";") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
