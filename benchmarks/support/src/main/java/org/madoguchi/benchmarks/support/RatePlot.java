package org.madoguchi.benchmarks.support;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogarithmicAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The plot a person looks at beside a rate benchmark's summary: throughput (above) and p99 latency (below, on a
 * logarithmic axis) against the offered rate, one line per path measured (e.g. direct and through the gateway), with
 * the ideal throughput (achieved = offered) and the p99 limit as dashed lines. Written as a PNG with JFreeChart.
 */
public final class RatePlot {

    private static final Color[] COLOURS = { new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
            new Color(0x9467bd) };

    /** One path's figures: at each offered rate, what it achieved and its p99 in milliseconds. */
    public record Line(String name, List<Point> points) {
    }

    /** One offered rate's result. */
    public record Point(double offeredPerSecond, double achievedPerSecond, double p99Ms) {
    }

    static {
        // no display on a build machine
        System.setProperty("java.awt.headless", "true");
    }

    private RatePlot() {
    }

    /**
     * Writes the plot and returns its path.
     *
     * @param p99LimitMs drawn as a dashed line on the latency panel, or {@code null}
     */
    public static Path write(Path png, String title, String unit, List<Line> lines, Double p99LimitMs) {
        XYSeriesCollection throughput = new XYSeriesCollection();
        XYSeriesCollection latency = new XYSeriesCollection();
        double maxOffered = 0;
        for (Line line : lines) {
            XYSeries achieved = new XYSeries(line.name(), false, true);
            XYSeries p99 = new XYSeries(line.name() + " p99", false, true);
            for (Point point : line.points()) {
                achieved.add(point.offeredPerSecond(), point.achievedPerSecond());
                p99.add(point.offeredPerSecond(), Math.max(0.01, point.p99Ms()));
                maxOffered = Math.max(maxOffered, point.offeredPerSecond());
            }
            throughput.addSeries(achieved);
            latency.addSeries(p99);
        }
        XYSeries ideal = new XYSeries("offered (ideal)");
        ideal.add(0, 0);
        ideal.add(maxOffered, maxOffered);
        throughput.addSeries(ideal);
        if (p99LimitMs != null) {
            XYSeries limit = new XYSeries(String.format(java.util.Locale.ROOT, "p99 limit %.0f ms", p99LimitMs));
            limit.add(0, p99LimitMs);
            limit.add(maxOffered, p99LimitMs);
            latency.addSeries(limit);
        }

        NumberAxis achievedAxis = new NumberAxis("achieved " + unit + "/s");
        XYPlot top = new XYPlot(throughput, null, achievedAxis, renderer(lines.size()));
        LogarithmicAxis p99Axis = new LogarithmicAxis("p99 ms (log)");
        p99Axis.setAllowNegativesFlag(false);
        XYPlot bottom = new XYPlot(latency, null, p99Axis, renderer(lines.size()));
        NumberAxis offeredAxis = new NumberAxis("offered " + unit + "/s");
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(offeredAxis);
        plot.setGap(12);
        plot.add(top, 1);
        plot.add(bottom, 1);
        for (XYPlot panel : List.of(top, bottom)) {
            panel.setBackgroundPaint(Color.WHITE);
            panel.setDomainGridlinePaint(Color.LIGHT_GRAY);
            panel.setRangeGridlinePaint(Color.LIGHT_GRAY);
        }
        JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 15), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        try {
            Files.createDirectories(png.toAbsolutePath().getParent());
            ChartUtils.saveChartAsPNG(png.toFile(), chart, 900, 700);
            return png;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + png, e);
        }
    }

    /** Solid lines with points for the measured paths, a grey dashed line for the reference drawn last. */
    private static XYLineAndShapeRenderer renderer(int measuredLines) {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        List<Integer> measured = new ArrayList<>();
        for (int i = 0; i < measuredLines; i++) {
            measured.add(i);
            renderer.setSeriesPaint(i, COLOURS[i % COLOURS.length]);
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
        renderer.setSeriesPaint(measured.size(), Color.GRAY);
        renderer.setSeriesShapesVisible(measured.size(), false);
        renderer.setSeriesStroke(measured.size(), new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                10f, new float[] { 6f, 6f }, 0f));
        return renderer;
    }
}
