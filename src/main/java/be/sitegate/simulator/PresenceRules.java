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
 * The central service's checks on one registration item, with its real error codes and remark
 * texts (spelling included). Errors mean "not created"; remarks mean "created, status FAILED".
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
    static final ItemError DUC_NOT_EXISTING = new ItemError("DUC_NOT_EXISTING", "DUC IS NOT EXISTING");
    static final ItemError SITE_NOT_SUBJECT = new ItemError("SITE_NOT_SUBJECT",
            "SITE IS NOT SUBJECT TO PRESENCE REGISTRATION");
    static final ItemError LIMOSA_NOT_KNOWN = new ItemError("LIMOSA_NOT_KNOWN", "LIMOSA ID IS NOT KNOWN");
    static final ItemError ALREADY_REGISTERED = new ItemError("ALREADY_REGISTERED",
            "SAME DECLARATION HAS ALREADY BEEN REGISTERED");
    /** Not a code of the real service: a Check In and Out item without a usable direction or timestamp. */
    static final ItemError MISSING_EVENT = new ItemError("MALFORMED",
            "DIRECTION (IN OR OUT) AND TIMESTAMP ARE REQUIRED FOR CHECK IN AND OUT AT WORK");

    static final String COMPANY_NOT_IN_DUC = "COMPANY IS NOT KNOWN AS BUILDER OR SUBCONTRACTOR IN THIS DUC";
    static final String NISS_NOT_KNOWN = "NISS IS NOT KNOW IN THE NATIONAL REGISTER";
    static final String LIMOSA_NOT_ACTIVE = "LIMOSA ID IS NOT ACTIVE AT DATE";
    static final String EMPLOYER_NOT_ACTIVE = "EMPLOYER NOT ACTIVE";
    static final String DIMONA_NOT_OK = "RELATED DIMONA NOT OK";

    private static final int MAX_ERRORS = 10;

    /** An item after validation: either errors, or everything needed to store it. */
    record Checked(List<ItemError> errors, Seed.Declaration declaration, LocalDate date, String inss,
            String limosaId, String companyId, String direction, String timestamp, List<String> remarks) {
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
            if (limosa.isEmpty()) {
                errors.add(LIMOSA_NOT_KNOWN);
            } else {
                companyId = limosa.get().employer();
            }
        }

        String workplaceText = Json.text(item, "workplaceId");
        Optional<Seed.Declaration> declaration = workplaceText != null && WorkplaceId.isValid(workplaceText)
                ? seed.declaration(WorkplaceId.parse(workplaceText).toString()) : Optional.empty();
        if (declaration.isEmpty()) {
            errors.add(DUC_NOT_EXISTING);
        } else if (!declaration.get().subjectToRegistration()) {
            errors.add(SITE_NOT_SUBJECT);
        }
        boolean checkInOut = declaration.map(d -> d.mode() == RegistrationMode.CIAOW).orElse(false);

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
            return new Checked(List.copyOf(errors.subList(0, Math.min(MAX_ERRORS, errors.size()))), null, null,
                    null, null, null, null, null, List.of());
        }
        List<String> remarks = remarks(declaration.get(), date, inss, companyId, limosa);
        return new Checked(List.of(), declaration.get(), date, inss, limosaId, companyId, direction, timestamp,
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

    private List<String> remarks(Seed.Declaration declaration, LocalDate date, String inss, String companyId,
            Optional<Seed.LimosaDeclaration> limosa) {
        List<String> remarks = new ArrayList<>();
        if (inss != null && seed.person(inss).isEmpty()) {
            remarks.add(NISS_NOT_KNOWN);
        }
        if (limosa.isPresent() && !limosa.get().activeOn(date)) {
            remarks.add(LIMOSA_NOT_ACTIVE);
        }
        if (!declaration.involves(companyId)) {
            remarks.add(COMPANY_NOT_IN_DUC);
        }
        if (seed.company(companyId).map(c -> !c.active()).orElse(true)) {
            remarks.add(EMPLOYER_NOT_ACTIVE);
        }
        if (inss != null && !seed.employs(companyId, inss, date)) {
            remarks.add(DIMONA_NOT_OK);
        }
        return remarks;
    }
}
