package be.sitegate.ui;

import be.sitegate.domain.Company;
import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.RegistrationMode;
import be.sitegate.domain.Sector;
import be.sitegate.domain.Workplace;
import be.sitegate.domain.WorkplaceId;
import be.sitegate.kiosk.CentralInitialisation;
import be.sitegate.testkit.Fixtures;
import java.util.ArrayList;
import java.util.List;

/** Test data shared by the screenshot tour and the UI tests. */
final class ScreenshotTourData {

    private ScreenshotTourData() {
    }

    /** A declaration with ten companies: enough for the search field and the first-letter buttons. */
    static CentralInitialisation bigDeclaration() {
        List<Company> companies = new ArrayList<>(List.of(Fixtures.BUILDER, Fixtures.ROOFER, Fixtures.ELECTRICIAN));
        String[] names = {"Sanitair Van den Broeck BV", "Schilderwerken Maes", "Steigerbouw Wouters NV",
            "Isolatie Claes BV", "Tegelwerken Jacobs", "Grondwerken Mertens NV", "Ramen & Deuren Willems BV"};
        for (int i = 0; i < names.length; i++) {
            long first8 = 4_000_000L + 1_234L * (i + 1);
            String digits = String.format("%08d%02d", first8, 97 - first8 % 97);
            companies.add(new Company(EnterpriseNumber.parse(digits), names[i]));
        }
        return new CentralInitialisation(Fixtures.BUILDER, new Workplace(WorkplaceId.parse("1Y1004ABCDEFG"),
                "Meir 1, 2000 Antwerpen", Sector.CONSTRUCTION, RegistrationMode.CIAW, companies));
    }
}
