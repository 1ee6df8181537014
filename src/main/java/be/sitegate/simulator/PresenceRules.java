package be.sitegate.simulator;

import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.Inss;
import be.sitegate.domain.LimosaId;
import be.sitegate.domain.RegistrationMode;
import be.sitegate.domain.WorkplaceId;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The central service's checks on one registration item, with its real remark texts (spelling and
 * double spaces included). The real service registers an item and flags it afterwards: only a
 * malformed item (an identifier of the wrong form, a date other than today or tomorrow, missing
 * fields) is not created, with an error; everything the service can only know by looking it up
 * (unknown workplace, site not subject, unknown Limosa number, a duplicate, an employer not on the
 * declaration, ...) is a remark on a created registration with status FAILED.
 */
final class PresenceRules {

    /** An error code and the real service's description. */
    record ItemError(String code, String description) {
    }

    static final ItemError INVALID_INSS = new ItemError("INVALID_INSS", "INSS IS NOT VALID");
    static final ItemError INVALID_COMPANY_ID = new ItemError("INVALID_COMPANY_ID", "COMPANY ID IS NOT VALID");
    static final ItemError INVALID_LIMOSA_ID = new ItemError("INVALID_LIMOSA_ID", "LIMOSA ID IS NOT VALID");
    static final ItemError INVALID_PERSON = new ItemError("INVALID_PERSON",
            "EITHER INSS WITH COMPANY ID OR LIMOSA ID IS REQUIRED");
    static final ItemError INVALID_DATE = new ItemError("INVALID_DATE", "REGISTRATION DATE MUST BE TODAY OR TOMORROW");
    /** Not a code the reference names: a workplace number missing or of the wrong form (13 characters at most). */
    static final ItemError INVALID_WORKPLACE_ID = new ItemError("INVALID_WORKPLACE_ID", "WORKPLACE ID IS NOT VALID");
    /** Not a code of the real service: a Check In and Out item without a usable direction or timestamp. */
    static final ItemError MISSING_EVENT = new ItemError("MALFORMED",
            "DIRECTION (IN OR OUT) AND TIMESTAMP ARE REQUIRED FOR CHECK IN AND OUT AT WORK");

    static final String DUC_NOT_EXISTING = "DUC IS NOT EXISTING";
    static final String SITE_NOT_SUBJECT = "SITE IS NOT SUBJECT TO PRESENCE REGISTRATION";
    static final String LIMOSA_NOT_KNOWN = "LIMOSA ID IS NOT KNOWN";
    static final String ALREADY_REGISTERED = "SAME DECLARATION HAS ALREADY BEEN REGISTERED";
    /** Two double spaces, after KNOWN and after OR, as the service writes it. */
    static final String COMPANY_NOT_IN_DUC = "COMPANY IS NOT KNOWN  AS BUILDER OR  SUBCONTRACTOR IN THIS DUC";
    static final String NISS_NOT_KNOWN = "NISS IS NOT KNOW IN THE NATIONAL REGISTER";
    static final String LIMOSA_NOT_ACTIVE = "LIMOSA ID IS NOT ACTIVE AT DATE";
    static final String EMPLOYER_NOT_ACTIVE = "EMPLOYER NOT ACTIVE";
    static final String DIMONA_NOT_OK = "RELATED DIMONA NOT OK";

    private static final int MAX_ERRORS = 10;

    /**
     * An item after validation: either errors, or everything needed to store it (the declaration is
     * absent when the workplace is unknown, which is a remark, not an error).
     */
    record Checked(List<ItemError> errors, Optional<Seed.Declaration> declaration, String workplaceId, LocalDate date,
            String inss, String limosaId, String companyId, String direction, String timestamp, List<String> remarks) {
        boolean accepted() {
            return errors.isEmpty();
        }
    }

    private final Seed seed;

    PresenceRules(Seed seed) {
        this.seed = seed;
    }

    Checked check(JsonNode item, LocalDate today) {
        List<ItemError> errors = new ArrayList<>();
        String inssText = Json.text(item, "inss");
        String companyText = Json.text(item, "companyId");
        String limosaText = Json.text(item, "limosaId");

        String inss = null;
        String companyId = null;
        String limosaId = null;
        Optional<Seed.LimosaDeclaration> limosa = Optional.empty();
        boolean inssForm = inssText != null && companyText != null && limosaText == null;
        boolean limosaForm = limosaText != null && inssText == null && companyText == null;
        if (!inssForm && !limosaForm) {
            errors.add(INVALID_PERSON);
        } else if (inssForm) {
            if (Inss.isValid(inssText)) {
                inss = Inss.parse(inssText).toString();
            } else {
                errors.add(INVALID_INSS);
            }
            if (EnterpriseNumber.isValid(companyText)) {
                companyId = EnterpriseNumber.parse(companyText).toString();
            } else {
                errors.add(INVALID_COMPANY_ID);
            }
        } else if (!LimosaId.isValid(limosaText)) {
            errors.add(INVALID_LIMOSA_ID);
        } else {
            limosaId = LimosaId.parse(limosaText).toString();
            limosa = seed.limosa(limosaId);
            companyId = limosa.map(Seed.LimosaDeclaration::employer).orElse(null);
        }

        String workplaceText = Json.text(item, "workplaceId");
        String workplaceId = null;
        Optional<Seed.Declaration> declaration = Optional.empty();
        if (workplaceText != null && WorkplaceId.isValid(workplaceText)) {
            workplaceId = WorkplaceId.parse(workplaceText).toString();
            declaration = seed.declaration(workplaceId);
        } else {
            errors.add(INVALID_WORKPLACE_ID);
        }
        // An unknown workplace has no mode: the item's own fields say whether it is an event.
        boolean checkInOut = declaration.map(d -> d.mode() == RegistrationMode.CIAOW)
                .orElse(item.hasNonNull("direction"));

        LocalDate date = registrationDate(item, today, checkInOut);
        if (date == null) {
            errors.add(INVALID_DATE);
        }

        String direction = null;
        String timestamp = null;
        if (checkInOut) {
            direction = Json.text(item, "direction");
            timestamp = Json.text(item, "timestamp");
            if (!("IN".equals(direction) || "OUT".equals(direction)) || !isInstant(timestamp)) {
                errors.add(MISSING_EVENT);
            }
        }

        if (!errors.isEmpty()) {
            return new Checked(List.copyOf(errors.subList(0, Math.min(MAX_ERRORS, errors.size()))), Optional.empty(),
                    null, null, null, null, null, null, null, List.of());
        }
        List<String> remarks = remarks(declaration, date, inss, limosaId, companyId, limosa);
        return new Checked(List.of(), declaration, workplaceId, date, inss, limosaId, companyId, direction, timestamp,
                remarks);
    }

    /** Today or tomorrow (Check In and Out: today only); absent means today, as in the real service. */
    private static LocalDate registrationDate(JsonNode item, LocalDate today, boolean checkInOut) {
        JsonNode node = item.get("registrationDate");
        if (node == null || node.isNull()) {
            return today;
        }
        try {
            LocalDate date = LocalDate.parse(node.asText());
            boolean allowed = date.equals(today) || (!checkInOut && date.equals(today.plusDays(1)));
            return allowed ? date : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean isInstant(String text) {
        if (text == null) {
            return false;
        }
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** At most 10, in this order; a check that needs what is unknown (the DUC, the Limosa employer) is left out. */
    private List<String> remarks(Optional<Seed.Declaration> declaration, LocalDate date, String inss, String limosaId,
            String companyId, Optional<Seed.LimosaDeclaration> limosa) {
        List<String> remarks = new ArrayList<>();
        if (declaration.isEmpty()) {
            remarks.add(DUC_NOT_EXISTING);
        } else if (!declaration.get().subjectToRegistration()) {
            remarks.add(SITE_NOT_SUBJECT);
        }
        if (limosaId != null && limosa.isEmpty()) {
            remarks.add(LIMOSA_NOT_KNOWN);
        }
        if (inss != null && seed.person(inss).isEmpty()) {
            remarks.add(NISS_NOT_KNOWN);
        }
        if (limosa.isPresent() && !limosa.get().activeOn(date)) {
            remarks.add(LIMOSA_NOT_ACTIVE);
        }
        if (companyId != null) {
            if (declaration.isPresent() && !declaration.get().involves(companyId)) {
                remarks.add(COMPANY_NOT_IN_DUC);
            }
            if (seed.company(companyId).map(c -> !c.active()).orElse(true)) {
                remarks.add(EMPLOYER_NOT_ACTIVE);
            }
            if (inss != null && !seed.employs(companyId, inss, date)) {
                remarks.add(DIMONA_NOT_OK);
            }
        }
        return remarks.subList(0, Math.min(MAX_ERRORS, remarks.size()));
    }
}
