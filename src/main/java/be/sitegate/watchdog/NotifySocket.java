package be.sitegate.watchdog;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * Sends to systemd's {@code NOTIFY_SOCKET}, a unix DATAGRAM socket, through libc (JNA): Java 17's
 * {@code UnixDomainSocketAddress} opens stream channels only. Not {@code systemd-notify} in a child
 * process: the kiosk runs as an unprivileged user, so that tool sends with its own PID and exits at
 * once, and systemd 252 drops a message whose sender is gone before it is read (systemd-notify(1)
 * describes the race); from the JVM itself, the sender is alive and in the unit.
 */
public final class NotifySocket implements Notifier {

    private static final int AF_UNIX = 1;
    private static final int SOCK_DGRAM = 2;
    private static final int SOCK_CLOEXEC = 0x80000;
    /** sun_path's size in struct sockaddr_un on Linux. */
    private static final int PATH_MAX = 108;

    private interface LibC extends Library {
        int socket(int domain, int type, int protocol);

        long sendto(int fd, byte[] buffer, long length, int flags, byte[] address, int addressLength);

        int close(int fd);
    }

    private static LibC libc;

    private final byte[] address;
    private final String name;

    NotifySocket(String socket) {
        this.name = socket;
        this.address = sockaddrUn(socket);
    }

    /** The socket systemd named in {@code NOTIFY_SOCKET}, if it named one (a unit of Type=notify). */
    public static Optional<NotifySocket> fromEnvironment(Map<String, String> environment) {
        String socket = environment.get("NOTIFY_SOCKET");
        if (socket == null || socket.isBlank() || !(socket.startsWith("/") || socket.startsWith("@"))) {
            return Optional.empty();
        }
        return Optional.of(new NotifySocket(socket));
    }

    @Override
    public void send(String message) throws IOException {
        LibC c = libc();
        int fd = c.socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        if (fd < 0) {
            throw new IOException("cannot open a unix datagram socket (errno " + Native.getLastError() + ")");
        }
        try {
            byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
            if (c.sendto(fd, bytes, bytes.length, 0, address, address.length) < 0) {
                throw new IOException("cannot send to " + name + " (errno " + Native.getLastError() + ")");
            }
        } finally {
            c.close(fd);
        }
    }

    private static synchronized LibC libc() {
        if (libc == null) {
            libc = Native.load("c", LibC.class);
        }
        return libc;
    }

    /** struct sockaddr_un: the family, then the path (NUL-ended), or for "@name" a leading NUL (abstract). */
    static byte[] sockaddrUn(String socket) {
        byte[] path = socket.getBytes(StandardCharsets.UTF_8);
        boolean abstractName = socket.startsWith("@");
        if (abstractName) {
            path[0] = 0;
        }
        int length = path.length + (abstractName ? 0 : 1);
        if (length > PATH_MAX) {
            throw new IllegalArgumentException("NOTIFY_SOCKET is longer than a unix socket path may be: " + socket);
        }
        ByteBuffer b = ByteBuffer.allocate(2 + length).order(ByteOrder.nativeOrder());
        b.putShort((short) AF_UNIX).put(path);
        return b.array();
    }
}
