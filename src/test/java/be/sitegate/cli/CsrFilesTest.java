package be.sitegate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.pki.TechnicalUserKeys;
import be.sitegate.testkit.UnderUmask;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The files {@code sitegate csr} writes hold a private key: 0600 in folders it creates 0700 whatever
 * the umask, never written through a link planted at their name, never in a folder whose name hides
 * a line break or an invisible character.
 */
class CsrFilesTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = SiteGateCommand.commandLine();
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private Path passwordFile() throws Exception {
        return Files.writeString(dir.resolve("pw"), "kiosk pass\n");
    }

    @Test
    void underUmask000TheKeyStoreAndRequestAre0600AndTheNewFolders0700() throws Exception {
        Path out = dir.resolve("new").resolve("keys");
        Path pw = passwordFile();
        UnderUmask.run("000", Main.class, "csr", "--out", out.toString(), "--password-file", pw.toString());

        assertThat(mode(out.resolve(TechnicalUserKeys.KEYSTORE))).isEqualTo("rw-------");
        assertThat(mode(out.resolve(TechnicalUserKeys.REQUEST))).isEqualTo("rw-------");
        assertThat(mode(out)).isEqualTo("rwx------");
        assertThat(mode(dir.resolve("new"))).isEqualTo("rwx------");
    }

    @Test
    void underUmask000TheImportedChainReplacesTheKeyStoreStill0600() throws Exception {
        Path pw = passwordFile();
        assertThat(run("csr", "--out", dir.toString(), "--password-file", pw.toString())).isZero();
        Path chain = CsrChains.issuedFor(dir.resolve(TechnicalUserKeys.REQUEST), dir.resolve("chain.pem"));
        UnderUmask.run("000", Main.class, "csr", "--out", dir.toString(), "--import-cert", chain.toString(),
                "--password-file", pw.toString());

        assertThat(mode(dir.resolve(TechnicalUserKeys.KEYSTORE))).isEqualTo("rw-------");
        try (var leftovers = Files.list(dir)) {
            assertThat(leftovers.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void aLinkPlantedAtTheKeyStoresNameIsNotFollowed() throws Exception {
        Path elsewhere = dir.resolve("elsewhere");
        Path out = Files.createDirectory(dir.resolve("keys"));
        Files.createSymbolicLink(out.resolve(TechnicalUserKeys.KEYSTORE), elsewhere);

        assertThat(run("csr", "--out", out.toString(), "--password-file", passwordFile().toString())).isEqualTo(1);
        assertThat(err.toString()).contains("exists already");
        assertThat(elsewhere).as("nothing written through the dangling link").doesNotExist();
        assertThat(out.resolve(TechnicalUserKeys.REQUEST)).doesNotExist();
    }

    @Test
    void aLinkPlantedAtTheRequestsNameIsNotFollowedEither() throws Exception {
        Path target = Files.writeString(dir.resolve("someone-elses-file"), "keep me");
        Path out = Files.createDirectory(dir.resolve("keys"));
        Files.createSymbolicLink(out.resolve(TechnicalUserKeys.REQUEST), target);

        assertThat(run("csr", "--out", out.toString(), "--password-file", passwordFile().toString())).isEqualTo(1);
        assertThat(err.toString()).contains("exists already");
        assertThat(Files.readString(target)).isEqualTo("keep me");
        assertThat(out.resolve(TechnicalUserKeys.KEYSTORE)).doesNotExist();
        assertThat(Files.isSymbolicLink(out.resolve(TechnicalUserKeys.REQUEST))).isTrue();
    }

    @Test
    void anImportReplacesALinkAtTheKeyStoresNameInsteadOfWritingThroughIt() throws Exception {
        Path pw = passwordFile();
        assertThat(run("csr", "--out", dir.toString(), "--password-file", pw.toString())).isZero();
        Path chain = CsrChains.issuedFor(dir.resolve(TechnicalUserKeys.REQUEST), dir.resolve("chain.pem"));
        // Someone swaps the key store for a link to a file of theirs, keeping a copy where it points.
        Path keystore = dir.resolve(TechnicalUserKeys.KEYSTORE);
        Path theirs = dir.resolve("theirs.p12");
        Files.move(keystore, theirs);
        Files.createSymbolicLink(keystore, theirs);
        byte[] before = Files.readAllBytes(theirs);

        assertThat(run("csr", "--out", dir.toString(), "--import-cert", chain.toString(),
                "--password-file", pw.toString())).isZero();
        assertThat(Files.isSymbolicLink(keystore)).as("the link is replaced by the kiosk's own file").isFalse();
        assertThat(Files.readAllBytes(theirs)).as("the file the link pointed at is untouched").isEqualTo(before);
        assertThat(mode(keystore)).isEqualTo("rw-------");
    }

    @Test
    void aFolderNameWithALineBreakOrAnInvisibleCharacterIsRefused() throws Exception {
        for (String odd : new String[] {"keys\nfake log line", "keys\r", "ke\u0000ys", "keys\u202egpj.exe",
                "keys\u2028", "keys\u001b[31m"}) {
            err.getBuffer().setLength(0);
            Path out;
            try {
                out = dir.resolve(odd);
            } catch (java.nio.file.InvalidPathException e) {
                continue; // the file system refuses it itself (NUL): nothing the command could write
            }
            assertThat(run("csr", "--out", out.toString(), "--password-file", passwordFile().toString()))
                    .as(odd).isEqualTo(1);
            assertThat(err.toString()).as(odd).contains("choose a folder without control or invisible characters")
                    .doesNotContain("\n" + "fake log line");
            assertThat(Files.exists(out, LinkOption.NOFOLLOW_LINKS)).as(odd).isFalse();
        }
    }

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
    }
}
