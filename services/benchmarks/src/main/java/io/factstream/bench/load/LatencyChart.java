package io.factstream.bench.load;

import io.factstream.bench.load.Completions.Latency;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/** A PNG of ingest-to-verdict latency over the run: one dot per article at the second it was accepted. */
final class LatencyChart {
    private static final int WIDTH = 900;
    private static final int HEIGHT = 420;
    private static final int LEFT = 70;
    private static final int RIGHT = 20;
    private static final int TOP = 40;
    private static final int BOTTOM = 50;

    private LatencyChart() {
    }

    static void write(Path file, String title, List<Latency> latencies, long start, long p99Millis) throws IOException {
        System.setProperty("java.awt.headless", "true");
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        double maxSeconds = Math.max(1, latencies.stream().mapToLong(l -> l.acceptedAt() - start).max().orElse(1) / 1000.0);
        double maxLatency = Math.max(1, latencies.stream().mapToLong(Latency::millis).max().orElse(1) / 1000.0) * 1.1;
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;

        g.setColor(Color.DARK_GRAY);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        g.drawString(title, LEFT, 22);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        g.drawLine(LEFT, TOP + plotHeight, LEFT + plotWidth, TOP + plotHeight);
        g.drawLine(LEFT, TOP, LEFT, TOP + plotHeight);
        for (int tick = 0; tick <= 5; tick++) {
            int y = TOP + plotHeight - tick * plotHeight / 5;
            g.setColor(new Color(230, 230, 230));
            g.drawLine(LEFT + 1, y, LEFT + plotWidth, y);
            g.setColor(Color.DARK_GRAY);
            g.drawString(String.format(Locale.ROOT, "%.1f s", maxLatency * tick / 5), 8, y + 4);
            int x = LEFT + tick * plotWidth / 5;
            g.drawString(String.format(Locale.ROOT, "%.0f s", maxSeconds * tick / 5), x - 10, TOP + plotHeight + 16);
        }
        g.drawString("time since the first article was accepted", LEFT + plotWidth / 2 - 110, HEIGHT - 12);

        g.setColor(new Color(31, 119, 180));
        for (Latency latency : latencies) {
            int x = LEFT + (int) ((latency.acceptedAt() - start) / 1000.0 / maxSeconds * plotWidth);
            int y = TOP + plotHeight - (int) (latency.millis() / 1000.0 / maxLatency * plotHeight);
            g.fillOval(x - 2, y - 2, 5, 5);
        }
        int p99 = TOP + plotHeight - (int) (p99Millis / 1000.0 / maxLatency * plotHeight);
        g.setColor(new Color(214, 39, 40));
        g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0));
        g.drawLine(LEFT, p99, LEFT + plotWidth, p99);
        g.drawString(String.format(Locale.ROOT, "p99 %.2f s", p99Millis / 1000.0), LEFT + plotWidth - 80, p99 - 4);
        g.dispose();
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(image, "png", file.toFile());
    }
}
