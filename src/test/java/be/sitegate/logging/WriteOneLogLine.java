package be.sitegate.logging;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.slf4j.LoggerFactory;

/** Child-process main for {@link FileLogTest}: logs one line into the file log, then prints the modes. */
public final class WriteOneLogLine {

    public static void main(String[] args) throws Exception {
        Path active = FileLog.startIn(Path.of(args[0]));
        LoggerFactory.getLogger(WriteOneLogLine.class).warn("worker 85.07.30-033.28 refused, header Bearer abcdefghijklmnop1234");
        FileLog.stop();
        System.out.println("folder " + mode(active.getParent()));
        System.out.println("file " + mode(active));
        Path plain = Files.createFile(active.resolveSibling("plain"));
        System.out.println("plain " + mode(plain));
    }

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }
}
