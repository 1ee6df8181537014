package be.sitegate.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Fills a real file system to its last byte, the way a log or a copied video does on a site computer. */
final class Filler {

    private Filler() {
    }

    /** Writes {@code folder/filler} until nothing more fits; returns it (delete it and the space returns). */
    static Path fill(Path folder) throws IOException {
        Path filler = folder.resolve("filler");
        Files.createFile(filler);
        for (int size : new int[] {1024 * 1024, 4096, 1}) {
            byte[] block = new byte[size];
            try (var out = Files.newOutputStream(filler, StandardOpenOption.APPEND)) {
                while (true) {
                    out.write(block);
                }
            } catch (IOException expected) {
                // "No space left on device": go on with smaller pieces for what is left.
            }
        }
        return filler;
    }
}
