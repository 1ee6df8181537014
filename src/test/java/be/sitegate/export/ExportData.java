package be.sitegate.export;

import be.sitegate.domain.ClientReference;
import be.sitegate.domain.Delivery;
import be.sitegate.domain.DeliveryStatus;
import be.sitegate.domain.Direction;
import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.IdentificationMethod;
import be.sitegate.domain.LimosaId;
import be.sitegate.domain.OutReason;
import be.sitegate.domain.PresenceEvent;
import be.sitegate.domain.Registration;
import be.sitegate.domain.ServiceRemark;
import be.sitegate.domain.WorkerId;
import be.sitegate.domain.Workplace;
import be.sitegate.testkit.Fixtures;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Records as the kiosk's store would hand them to an export: names from many countries, every status. */
final class ExportData {

    static final Workplace CONSTRUCTION = Fixtures.construction().workplace();
    static final Workplace CLEANING = Fixtures.cleaning().workplace();
    static final LocalDate DAY = Fixtures.MONDAY;
    static final Instant GENERATED = Instant.parse("2026-11-23T15:30:00Z");
    static final LimosaId LIMOSA = LimosaId.parse("12345678901234567");
    static final String TRICKY_NAME = "Jan \"de Smid\"; Peeters\nJr.";
    static final String POLISH_ROMANIAN = "Łukasz Ștefan";

    private ExportData() {
    }

    static Registration registration(int index, String name, EnterpriseNumber employer, Delivery delivery) {
        return registration(index, name, employer, IdentificationMethod.EID_CARD, delivery);
    }

    static Registration registration(int index, String name, EnterpriseNumber employer, IdentificationMethod method,
            Delivery delivery) {
        Instant at = Fixtures.SEVEN_AM.plusSeconds(15L * index);
        return new Registration(ClientReference.generate(at), CONSTRUCTION.id(), Fixtures.worker(index),
                Optional.of(employer), DAY, at, method, Optional.of(name), delivery);
    }

    static Delivery accepted(String receipt, ServiceRemark... remarks) {
        return Delivery.accepted(receipt, List.of(remarks), Fixtures.SEVEN_AM);
    }

    static Delivery refused(String code, String text) {
        return new Delivery(DeliveryStatus.REJECTED, 1, Optional.empty(), List.of(ServiceRemark.error(code, text)),
                Optional.empty(), Fixtures.SEVEN_AM, Optional.empty());
    }

    /** A day on the Gent construction site: six people, three employers, every kind of outcome and identification. */
    static AttendanceExport constructionDay() {
        List<Registration> r = new ArrayList<>();
        r.add(registration(1, POLISH_ROMANIAN, Fixtures.BUILDER_NUMBER, IdentificationMethod.EID_CHIP_PROVEN,
                accepted("100000000001")));
        r.add(registration(2, TRICKY_NAME, Fixtures.BUILDER_NUMBER, IdentificationMethod.BADGE,
                accepted("100000000002", ServiceRemark.remark("RELATED DIMONA NOT OK"))));
        r.add(registration(3, "Мирослав Петров", Fixtures.ROOFER.enterpriseNumber(), Delivery.pending(Fixtures.SEVEN_AM)));
        r.add(registration(4, "Ayşe Çelik", Fixtures.ELECTRICIAN.enterpriseNumber(), IdentificationMethod.TYPED_NATIONAL_NUMBER,
                refused("INVALID_COMPANY_ID", "COMPANY IS NOT KNOWN  AS BUILDER OR  SUBCONTRACTOR IN THIS DUC")));
        r.add(new Registration(ClientReference.generate(Fixtures.START), CONSTRUCTION.id(), WorkerId.of(LIMOSA),
                Optional.empty(), DAY, Fixtures.START, IdentificationMethod.TYPED_LIMOSA, Optional.of("João Gonçalves"),
                accepted("100000000005")));
        r.add(new Registration(ClientReference.generate(Fixtures.START), CONSTRUCTION.id(), Fixtures.worker(6),
                Optional.of(Fixtures.ROOFER.enterpriseNumber()), DAY, Fixtures.START.plusSeconds(600),
                IdentificationMethod.CENTRAL_SEARCH, Optional.of("Тарас Шевченко"), accepted("100000000006")));
        // another workplace and another day: never in this workplace's export of this day
        r.add(new Registration(ClientReference.generate(Fixtures.START), CLEANING.id(), Fixtures.worker(7),
                Optional.of(Fixtures.BUILDER_NUMBER), DAY, Fixtures.START, IdentificationMethod.EID_CARD,
                Optional.of("Elsewhere Person"), accepted("199999999999")));
        r.add(new Registration(ClientReference.generate(Fixtures.START), CONSTRUCTION.id(), Fixtures.worker(8),
                Optional.of(Fixtures.BUILDER_NUMBER), DAY.plusDays(1), Fixtures.START.plusSeconds(86_400),
                IdentificationMethod.EID_CARD, Optional.of("Tomorrow Person"), accepted("188888888888")));
        return new AttendanceExport(CONSTRUCTION, ExportPeriod.day(DAY), r, List.of(), GENERATED);
    }

    /** {@code count} people registered by the builder that Monday, each with a receipt. */
    static AttendanceExport crowd(int count) {
        List<Registration> r = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            r.add(registration(i, "Łukasz Kowalczyk-" + i, Fixtures.BUILDER_NUMBER,
                    accepted(String.valueOf(200_000_000_000L + i))));
        }
        return new AttendanceExport(CONSTRUCTION, ExportPeriod.day(DAY), r, List.of(), GENERATED);
    }

    /** A cleaning day: in, break, back in, end of work. */
    static AttendanceExport cleaningDay() {
        Instant in = Fixtures.SEVEN_AM;
        List<PresenceEvent> e = List.of(
                event(in, Direction.IN, Optional.empty(), "100000000101"),
                event(in.plusSeconds(3 * 3600), Direction.OUT, Optional.of(OutReason.BREAK), "100000000102"),
                event(in.plusSeconds(4 * 3600), Direction.IN, Optional.empty(), "100000000103"),
                event(in.plusSeconds(8 * 3600), Direction.OUT, Optional.of(OutReason.END_OF_WORK), "100000000104"));
        return new AttendanceExport(CLEANING, ExportPeriod.day(DAY), List.of(), e, GENERATED);
    }

    private static PresenceEvent event(Instant at, Direction direction, Optional<OutReason> reason, String receipt) {
        return new PresenceEvent(ClientReference.generate(at), CLEANING.id(), Fixtures.ANNA,
                Optional.of(Fixtures.BUILDER_NUMBER), direction, reason, at, IdentificationMethod.EID_CARD,
                Optional.of("Ștefania Popescu"), accepted(receipt));
    }
}
