package be.sitegate.export;

import be.sitegate.domain.RegistrationMode;
import java.util.List;

/** The columns of an attendance export, the same in the CSV and in the report's table. */
enum Column {
    DATE("col.date") {
        @Override
        String value(ExportRow row, ExportLabels labels) {
            return row.date().toString();
        }
    },
    TIME("col.time") {
        @Override
        String value(ExportRow row, ExportLabels labels) {
            return row.time().toString();
        }
    },
    NAME("col.name") {
        @Override
        String value(ExportRow row, ExportLabels labels) {
            return row.name();
        }
    },
    NUMBER("col.number") {
        @Override
        String value(ExportRow row, ExportLabels labels) {
            return row.number();
        }
    },
    EMPLOYER("col.employer") {
        @Override
        String value(ExportRow row, ExportLabels labels) {
            return row.employer().isEmpty() ? labels.text("report.limosaEmployer") : row.employer();
        }
    },
    MOVEMENT("col.movement") {
        @Override
        String value(ExportRow row, ExportLabels labels) {
            return row.movement().map(labels::movement).orElse("");
        }
    },
    IDENTIFICATION("col.identification") {
        @Override
        String value(ExportRow row, ExportLabels labels) {
            return labels.identification(row.identification());
        }
    },
    STATUS("col.status") {
        @Override
        String value(ExportRow row, ExportLabels labels) {
            return labels.status(row.status());
        }
    },
    RECEIPT("col.receipt") {
        @Override
        String value(ExportRow row, ExportLabels labels) {
            return row.receiptNumber().orElse("");
        }
    },
    REMARKS("col.remarks") {
        @Override
        String value(ExportRow row, ExportLabels labels) {
            return row.remarksText();
        }
    };

    private final String labelKey;

    Column(String labelKey) {
        this.labelKey = labelKey;
    }

    String header(ExportLabels labels) {
        return labels.text(labelKey);
    }

    abstract String value(ExportRow row, ExportLabels labels);

    /** In or out means something only in Check In and Out at Work; Checkinatwork has one registration a day. */
    static List<Column> forMode(RegistrationMode mode) {
        return mode == RegistrationMode.CIAOW ? List.of(values())
                : List.of(DATE, TIME, NAME, NUMBER, EMPLOYER, IDENTIFICATION, STATUS, RECEIPT, REMARKS);
    }
}
