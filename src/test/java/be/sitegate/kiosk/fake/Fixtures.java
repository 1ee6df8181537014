package be.sitegate.kiosk.fake;

import be.sitegate.domain.Company;
import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.Inss;
import be.sitegate.domain.RegistrationMode;
import be.sitegate.domain.Sector;
import be.sitegate.domain.Workplace;
import be.sitegate.domain.WorkplaceId;
import be.sitegate.kiosk.CentralInitialisation;
import java.util.List;

/** The workplaces, companies and people the tests use. */
public final class Fixtures {

    public static final WorkplaceId CIAW_SITE = be.sitegate.testkit.Fixtures.CIAW_SITE;
    public static final WorkplaceId CIAOW_SITE = WorkplaceId.parse("1Y1003SQ5VSSZ");
    public static final Company BUILDER = new Company(EnterpriseNumber.parse("0566988259"), "Bouwbedrijf Peeters NV");
    public static final Company ROOFER = new Company(EnterpriseNumber.parse("0403170701"), "Dakwerken Janssens BV");
    public static final Company ELECTRICIAN = new Company(EnterpriseNumber.parse("0202239951"), "Elektro Dubois SRL");
    /** A valid national number born 1985 (check digits over the 9 digits). */
    public static final Inss WORKER = Inss.parse("85073003328");
    public static final Inss OTHER_WORKER = Inss.parse("900225123" + check("900225123"));

    private Fixtures() {
    }

    public static CentralInitialisation construction() {
        return new CentralInitialisation(BUILDER, new Workplace(CIAW_SITE, "Kerkstraat 12, 9000 Gent",
                Sector.CONSTRUCTION, RegistrationMode.CIAW, List.of(BUILDER, ROOFER, ELECTRICIAN)));
    }

    public static CentralInitialisation cleaning() {
        return new CentralInitialisation(BUILDER, new Workplace(CIAOW_SITE, "Rue de la Loi 16, 1000 Bruxelles",
                Sector.CLEANING, RegistrationMode.CIAOW, List.of(BUILDER, ROOFER)));
    }

    public static String check(String first9) {
        return be.sitegate.testkit.Fixtures.check(first9);
    }
}
