package be.sitegate.simulator;

import be.sitegate.testkit.TestClock;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Shared fixtures: a simulator on port 0 with a pinned clock, and item builders. */
final class SimulatorTestSupport {

    /** Tuesday 10 March 2026, 08:30 in Brussels. */
    static final Instant NOW = Instant.parse("2026-03-10T07:30:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    static final String GENT = "1Y101DRUNWB5Z";          // CIAW, demo may initialise
    static final String SCHAERBEEK = "1Y1003SQ5VSSZ";    // CIAW, only dubois
    static final String CLEANING = "1Y1CLNBXL2026";      // CIAOW
    static final String NOT_SUBJECT = "1Y1SMALLLEUV7";   // not subject to registration
    static final String BUILDER = "0566988259";
    static final String SPECIMEN = "71715100070";        // employed by BUILDER
    static final String CLEANER = "82020517652";         // employed by the cleaning company
    static final String CLEANING_COMPANY = "0437881160";

    private SimulatorTestSupport() {
    }

    static SimulatorServer start(Path dataDir, TestClock clock) {
        return start(dataDir, clock, Capabilities.ALL);
    }

    static SimulatorServer start(Path dataDir, TestClock clock, Capabilities capabilities) {
        return SimulatorServer.start(SimulatorOptions.builder().dataDir(dataDir).port(0).clock(clock)
                .seed(SeedLoader.loadDefault().withLogin(new Seed.LoginPolicy(3, 150, 5, 300)))
                .capabilities(capabilities).build());
    }

    static Map<String, Object> ciawItem(String reference, String inss, String company) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("clientReference", reference);
        item.put("workplaceId", GENT);
        item.put("registrationDate", TODAY.toString());
        item.put("inss", inss);
        item.put("companyId", company);
        return item;
    }

    static Map<String, Object> limosaItem(String reference, String limosaId) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("clientReference", reference);
        item.put("workplaceId", GENT);
        item.put("registrationDate", TODAY.toString());
        item.put("limosaId", limosaId);
        return item;
    }

    static Map<String, Object> ciaowItem(String reference, String direction, String timestamp) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("clientReference", reference);
        item.put("workplaceId", CLEANING);
        item.put("registrationDate", TODAY.toString());
        item.put("inss", CLEANER);
        item.put("companyId", CLEANING_COMPANY);
        item.put("direction", direction);
        item.put("timestamp", timestamp);
        return item;
    }

    static Map<String, Object> items(Object... items) {
        return Map.of("items", java.util.List.of(items));
    }
}
