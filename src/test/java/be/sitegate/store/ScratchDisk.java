package be.sitegate.store;

import java.io.IOException;
import java.nio.file.Path;

/** A real file system a test mounted for itself, which it can fill to the last byte and unmounts at the end. */
public interface ScratchDisk extends AutoCloseable {

    Path path();

    /** Writes a filler file until the file system has not one byte left; returns the filler. */
    Path fill() throws IOException;

    @Override
    void close();
}
