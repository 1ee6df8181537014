package be.sitegate.virtualcard;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** A small passport-style JPEG (about 3 KB like a real card's photo), tinted per profile. */
final class VirtualPhoto {

    private VirtualPhoto() {
    }

    static byte[] jpeg(String seed) {
        BufferedImage image = new BufferedImage(140, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            int tint = Math.floorMod(seed.hashCode(), 120);
            g.setColor(new Color(200, 210 - tint / 2, 230 - tint));
            g.fillRect(0, 0, 140, 200);
            g.setColor(new Color(90 + tint, 70, 60));
            g.fillOval(35, 30, 70, 90);
            g.fillRoundRect(15, 130, 110, 90, 40, 40);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "jpg", out)) {
                throw new IllegalStateException("no JPEG writer in this JDK");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
