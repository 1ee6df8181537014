package be.sitegate.simulator;

import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.Inss;
import be.sitegate.domain.LimosaId;
import be.sitegate.domain.WorkplaceId;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a seed file and refuses it, with every problem listed, when an identifier is not valid or
 * a reference points nowhere: a broken seed would otherwise surface as puzzling remarks much later.
 */
public final class SeedLoader {

    static final String DEFAULT_SEED_RESOURCE = "default-seed.json";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private SeedLoader() {
    }

    /** The seed shipped with the simulator. */
    public static Seed loadDefault() {
        try (InputStream in = SeedLoader.class.getResourceAsStream(DEFAULT_SEED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the default seed resource is missing");
            }
            return validated(MAPPER.readValue(in, Seed.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Seed load(Path file) {
        try {
            return validated(MAPPER.readValue(Files.readAllBytes(file), Seed.class));
        } catch (IOException e) {
            throw new IllegalArgumentException("seed " + file + " is not readable JSON: " + e.getMessage(), e);
        }
    }

    static Seed validated(Seed seed) {
        List<String> problems = new ArrayList<>();
        if (seed.defaultSender() == null || !EnterpriseNumber.isValid(seed.defaultSender())) {
            problems.add("defaultSender must be a valid enterprise number");
        }
        for (Seed.Company c : seed.companies()) {
            if (!EnterpriseNumber.isValid(c.enterpriseNumber())) {
                problems.add("company '" + c.name() + "': invalid enterprise number");
            }
        }
        for (Seed.Person p : seed.persons()) {
            if (!Inss.isValid(p.inss())) {
                problems.add("person " + p.firstName() + " " + p.lastName() + ": invalid INSS");
            }
        }
        for (Seed.Declaration d : seed.declarations()) {
            if (!WorkplaceId.isValid(d.workplaceId())) {
                problems.add("declaration " + d.workplaceId() + ": invalid workplace id");
            }
            if (d.mode() == null) {
                problems.add("declaration " + d.workplaceId() + ": mode CIAW or CIAOW is required");
            }
            requireCompany(seed, d.builder(), "declaration " + d.workplaceId() + " builder", problems);
            d.subcontractors().forEach(s -> requireCompany(seed, s,
                    "declaration " + d.workplaceId() + " subcontractor", problems));
        }
        for (Seed.LimosaDeclaration l : seed.limosaDeclarations()) {
            if (!LimosaId.isValid(l.limosaId())) {
                problems.add("Limosa declaration " + l.limosaId() + ": invalid Limosa id");
            }
            if (l.validFrom() == null || l.validTo() == null) {
                problems.add("Limosa declaration " + l.limosaId() + ": validFrom and validTo are required");
            }
            requireCompany(seed, l.employer(), "Limosa declaration " + l.limosaId() + " employer", problems);
        }
        for (Seed.Employment e : seed.employments()) {
            if (seed.person(e.inss()).isEmpty()) {
                problems.add("employment of an INSS that is not among the persons");
            }
            if (e.from() == null) {
                problems.add("employment without 'from' date");
            }
            requireCompany(seed, e.enterpriseNumber(), "employment", problems);
        }
        for (Seed.Account a : seed.accounts()) {
            if (a.passwordHash() == null || !PasswordHasher.isWellFormed(a.passwordHash())) {
                problems.add("account " + a.username() + ": passwordHash must look like pbkdf2-sha256$ITERATIONS$SALT$HASH");
            }
            requireCompany(seed, a.enterpriseNumber(), "account " + a.username(), problems);
            a.workplaces().stream().filter(w -> seed.declaration(w).isEmpty())
                    .forEach(w -> problems.add("account " + a.username() + ": unknown workplace " + w));
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("the seed is not usable:\n  " + String.join("\n  ", problems));
        }
        return seed;
    }

    private static void requireCompany(Seed seed, String enterpriseNumber, String where, List<String> problems) {
        if (enterpriseNumber == null || seed.company(enterpriseNumber).isEmpty()) {
            problems.add(where + ": enterprise number not among the companies");
        }
    }
}
