package be.sitegate.export;

import java.util.concurrent.CancellationException;

/** Where a document's writer says how far it got; also where it learns that the admin cancelled. */
public interface Progress {

    /**
     * @param fraction of the document written, 0 to 1
     * @throws CancellationException when the job was cancelled: the writer stops there, the file is not kept
     */
    void report(double fraction);
}
