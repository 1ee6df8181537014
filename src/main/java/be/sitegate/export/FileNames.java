package be.sitegate.export;

import be.sitegate.domain.WorkplaceId;

/**
 * File names that say what is inside and sort by day, in plain ASCII so that every stick's file
 * system and every computer takes them: {@code sitegate-attendance-1Y101DRUNWB5Z-2026-11-23.pdf}.
 */
final class FileNames {

    private FileNames() {
    }

    static String attendance(AttendanceExport export, String extension) {
        return "sitegate-attendance-" + export.workplace().id() + "-" + export.period().fileNamePart() + "." + extension;
    }

    static String poster(WorkplaceId workplace) {
        return "sitegate-poster-" + workplace + ".pdf";
    }
}
