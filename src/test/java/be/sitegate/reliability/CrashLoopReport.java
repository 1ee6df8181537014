package be.sitegate.reliability;

import be.sitegate.simulator.StoredRegistration;
import java.io.PrintStream;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The crash loop's verdict: every acknowledged registration compared with what the service holds
 * and what the kiosk's outbox still holds after the last, unkilled run.
 *
 * @param acknowledged registrations the kiosk said were done ({@code ACK})
 * @param delivered acknowledged ones the service holds under their client reference
 * @param duplicates acknowledged ones whose presence the service counts more than once: more than one
 *        registration of the person on the workplace that day without the service's flag "same
 *        declaration" (central-api.md: one unflagged registration is one presence)
 * @param flaggedRepeats registrations of acknowledged people the service flagged as the same declaration:
 *        a resend registered again by a service that does not replay client references; with replay,
 *        one is a kiosk that sent a record under a second reference, which breaks the promise too
 * @param lost acknowledged ones the service does not hold
 * @param stuck records still waiting in the kiosk's outbox (PENDING or SENT)
 * @param refused records the kiosk holds as refused or not sent in time (REJECTED or EXPIRED)
 * @param committedNotAcknowledged registrations the service holds that the kiosk stored but was killed
 *        before it said done (a worker would have tapped again and been told "already registered")
 * @param unknownToKiosk registrations the service holds that the kiosk's store does not know
 * @param resent records the kiosk sent more than once (a send in doubt, resent under its reference)
 * @param mostSends the most times one record was sent
 * @param moments kills per moment (a kill with a tap and a send in flight counts under both)
 */
record CrashLoopReport(boolean replay, int kills, int acknowledged, int delivered, int duplicates, int flaggedRepeats, int lost,
        int stuck, int refused, int committedNotAcknowledged, int unknownToKiosk, int resent, int mostSends,
        Map<KillMoment, Integer> moments,
        Map<Kill.Aim, Integer> aims, int killsWithSendInFlight, Duration wallTime) {

    static CrashLoopReport of(boolean replay, Map<String, String> acknowledged, List<Kill> kills, ServiceRecords service,
            Map<String, String> kioskStatuses, Map<String, Integer> kioskAttempts, Duration wallTime) {
        int delivered = 0;
        int duplicates = 0;
        int flagged = 0;
        int lost = 0;
        for (Map.Entry<String, String> ack : acknowledged.entrySet()) {
            List<StoredRegistration> underReference = service.withReference(ack.getKey());
            List<StoredRegistration> ofPerson = service.ofPerson(ack.getValue());
            if (underReference.isEmpty()) {
                lost++;
                continue;
            }
            delivered++;
            if (ofPerson.stream().filter(r -> !ServiceRecords.flagged(r)).count() > 1) {
                duplicates++;
            }
            flagged += (int) ofPerson.stream().filter(ServiceRecords::flagged).count();
        }
        Set<String> serviceReferences = service.all().stream().map(StoredRegistration::clientReference)
                .collect(Collectors.toSet());
        int committedNotAcknowledged = (int) serviceReferences.stream()
                .filter(ref -> !acknowledged.containsKey(ref) && kioskStatuses.containsKey(ref)).count();
        int unknown = (int) serviceReferences.stream().filter(ref -> !kioskStatuses.containsKey(ref)).count();
        int stuck = (int) kioskStatuses.values().stream().filter(s -> s.equals("PENDING") || s.equals("SENT")).count();
        int refused = (int) kioskStatuses.values().stream()
                .filter(s -> s.equals("REJECTED") || s.equals("EXPIRED")).count();
        int resent = (int) kioskAttempts.values().stream().filter(n -> n > 1).count();
        int mostSends = kioskAttempts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        Map<KillMoment, Integer> moments = new EnumMap<>(KillMoment.class);
        Map<Kill.Aim, Integer> aims = new EnumMap<>(Kill.Aim.class);
        int withSend = 0;
        for (Kill kill : kills) {
            Set<KillMoment> landed = kill.moments(service);
            landed.forEach(m -> moments.merge(m, 1, Integer::sum));
            aims.merge(kill.aim(), 1, Integer::sum);
            if (landed.stream().anyMatch(KillMoment::sendInFlight)) {
                withSend++;
            }
        }
        return new CrashLoopReport(replay, kills.size(), acknowledged.size(), delivered, duplicates, flagged, lost, stuck,
                refused, committedNotAcknowledged, unknown, resent, mostSends, moments, aims, withSend, wallTime);
    }

    /** Every acknowledged registration at the service exactly once, nothing left waiting or refused. */
    boolean holds() {
        return acknowledged > 0 && delivered == acknowledged && lost == 0 && duplicates == 0 && stuck == 0
                && refused == 0 && unknownToKiosk == 0 && (!replay || flaggedRepeats == 0);
    }

    void print(PrintStream out) {
        out.printf("crash loop: %d kills (SIGKILL) of the kiosk's process, %s wall time, the simulator %s%n", kills,
                wallTime, replay ? "replaying client references" : "without reference replay (the real service's"
                        + " published interface)");
        out.printf("  acknowledged   %6d%n", acknowledged);
        out.printf("  delivered      %6d%n", delivered);
        out.printf("  duplicates     %6d  (presences the service counts more than once)%n", duplicates);
        out.printf("  flagged repeats %5d  (resends registered again, flagged \"same declaration\": counted once)%n",
                flaggedRepeats);
        out.printf("  lost           %6d%n", lost);
        out.printf("  stuck          %6d  (still PENDING or SENT in the kiosk's outbox)%n", stuck);
        out.printf("  refused        %6d  (REJECTED or EXPIRED on the kiosk)%n", refused);
        out.printf("  committed before a kill, never acknowledged, delivered once: %d%n", committedNotAcknowledged);
        out.printf("  at the service, unknown to the kiosk: %d%n", unknownToKiosk);
        out.printf("  records sent more than once (resends after a doubt): %d, the most sends of one record: %d%n",
                resent, mostSends);
        out.println("  kills by what was in flight (one kill may count under two):");
        for (KillMoment m : KillMoment.values()) {
            out.printf("    %4d  %s%n", moments.getOrDefault(m, 0), m.description());
        }
        out.printf("    %4d  with a send in flight (the two send moments together)%n", killsWithSendInFlight);
        out.println("  kills by what the harness waited for after its random pause:");
        for (Kill.Aim a : Kill.Aim.values()) {
            out.printf("    %4d  %s%n", aims.getOrDefault(a, 0), a.description());
        }
        out.println(holds() ? "RESULT: every acknowledged registration is at the service exactly once, none stuck"
                : "RESULT: BROKEN: lost, duplicated, stuck or refused registrations (see above)");
        out.flush();
    }
}
