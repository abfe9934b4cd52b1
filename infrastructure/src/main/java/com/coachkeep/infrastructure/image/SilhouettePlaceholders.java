package com.coachkeep.infrastructure.image;

import com.coachkeep.checkin.application.port.out.PhotoPlaceholderImagesPort;
import com.coachkeep.checkin.domain.PhotoPose;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.GeneralPath;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Demo progress photos drawn from shapes: a person's silhouette against a studio backdrop, front-on or in profile,
 * whose waist and hips narrow a little as progress goes from 0 to 1. 480×720, opaque.
 */
@ApplicationScoped
public class SilhouettePlaceholders implements PhotoPlaceholderImagesPort {
    static final int WIDTH = 480;
    static final int HEIGHT = 720;

    @Override
    public byte[] silhouette(PhotoPose pose, double progress, long seed) {
        Random random = new Random(seed);
        float hue = random.nextFloat();
        double build = 1.0 + random.nextDouble() * 0.25; // heavier at the start for some
        double lean = 1.0 - 0.12 * Math.max(0, Math.min(1, progress));
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setPaint(new GradientPaint(0, 0, Color.getHSBColor(hue, 0.08f, 0.92f), 0, HEIGHT, Color.getHSBColor(hue, 0.12f, 0.70f)));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(new Color(0, 0, 0, 40));
            g.fill(new Ellipse2D.Double(WIDTH / 2.0 - 120, HEIGHT - 60, 240, 30)); // shadow on the floor
            g.setColor(Color.getHSBColor(hue, 0.25f, 0.25f));
            boolean profile = pose == PhotoPose.SIDE;
            double cx = WIDTH / 2.0;
            double torso = (profile ? 70 : 110) * build * lean;
            double waist = (profile ? 60 : 85) * build * lean * lean;
            double hips = (profile ? 72 : 105) * build * lean;
            g.fill(new Ellipse2D.Double(cx - 38, 60, 76, 92)); // head
            g.fill(new RoundRectangle2D.Double(cx - 16, 145, 32, 30, 10, 10)); // neck
            GeneralPath body = new GeneralPath();
            body.moveTo(cx - torso, 180);
            body.curveTo(cx - torso - 6, 260, cx - waist, 300, cx - waist, 360);
            body.curveTo(cx - waist, 400, cx - hips, 420, cx - hips, 450);
            body.lineTo(cx + hips, 450);
            body.curveTo(cx + hips, 420, cx + waist, 400, cx + waist, 360);
            body.curveTo(cx + waist, 300, cx + torso + 6, 260, cx + torso, 180);
            body.closePath();
            g.fill(body);
            double leg = profile ? 34 : 30;
            g.fill(new RoundRectangle2D.Double(cx - (profile ? leg : hips - 8), 440, leg * (profile ? 2 : 1.6), 240, 30, 30));
            if (!profile) {
                g.fill(new RoundRectangle2D.Double(cx + hips - 8 - leg * 1.6, 440, leg * 1.6, 240, 30, 30));
                g.fill(new RoundRectangle2D.Double(cx - torso - 30, 190, 30, 230, 26, 26)); // arms
                g.fill(new RoundRectangle2D.Double(cx + torso, 190, 30, 230, 26, 26));
            } else {
                g.fill(new RoundRectangle2D.Double(cx - 15, 190, 30, 220, 26, 26));
            }
            if (pose == PhotoPose.BACK) {
                g.setColor(Color.getHSBColor(hue, 0.25f, 0.35f));
                g.drawLine((int) cx, 185, (int) cx, 420); // the spine
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
