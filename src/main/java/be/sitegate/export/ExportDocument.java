package be.sitegate.export;

import java.io.IOException;
import java.io.OutputStream;

/** A file an {@link ExportJob} writes: the attendance CSV, the attendance report, the poster. */
public interface ExportDocument {

    /** The name it is written under, before {@link ExportFolder} adds -2, -3... to keep an existing file. */
    String fileName();

    /** Writes the whole document to {@code out} (without closing it), reporting how far it got. */
    void writeTo(OutputStream out, Progress progress) throws IOException;
}
