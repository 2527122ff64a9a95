package dev.kiln.benchmarks.suite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the raw figures {@code run.sh} collects into the markdown tables of a results page: the
 * median over rounds of every figure, and Kiln's ratio to each peer, both as the ratio of the medians
 * and as the median of the ratios within each round. The second holds up better on a machine whose
 * speed drifts during a run: in one round the servers run minutes apart, over a run up to an hour.
 *
 * <p>Input, tab-separated with a header line:
 * <ul>
 *   <li>scenarios: {@code round server scenario requests_per_s p50_us p99_us errors non2xx cpu_us_per_request
 *       [peak_rss_kb]}, the last being the server's peak RSS within the scenario;
 *   <li>servers: {@code round server startup_ms startup_https_ms peak_rss_kb}.
 * </ul>
 * A figure that could not be measured is {@code -} and is left out of the median.
 */
public final class ResultsTable {

    private static final String KILN = "kiln";
    private static final Map<String, String> TITLES = Map.of(
            "ping", "`GET /ping`, keep-alive",
            "close", "`GET /ping`, `Connection: close`",
            "pipeline", "`GET /ping`, pipelined (16 per batch)",
            "json", "`POST /json`: bind a record, answer JSON",
            "static4k", "`GET /static/4k.bin`, keep-alive",
            "static1m", "`GET /static/1m.bin`, keep-alive",
            "https", "`GET /ping` over HTTPS (TLS 1.3, EC P-256), keep-alive");

    private ResultsTable() {
    }

    /**
     * Prints the tables.
     *
     * @param args the scenarios file and the servers file
     * @throws IOException when a file cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ResultsTable <scenarios.tsv> <servers.tsv>");
            System.exit(2);
        }
        System.out.print(render(Files.readAllLines(Path.of(args[0])), Files.readAllLines(Path.of(args[1]))));
    }

    /**
     * Renders the tables.
     *
     * @param scenarioLines the scenarios file's lines, header first
     * @param serverLines the servers file's lines, header first
     * @return the markdown
     */
    public static String render(List<String> scenarioLines, List<String> serverLines) {
        // scenario -> server -> column -> values over rounds, in the order first seen
        Map<String, Map<String, List<double[]>>> byScenario = new LinkedHashMap<>();
        for (String line : scenarioLines.subList(Math.min(1, scenarioLines.size()), scenarioLines.size())) {
            String[] f = line.split("\t");
            if (f.length < 9) {
                continue;
            }
            byScenario.computeIfAbsent(f[2], k -> new LinkedHashMap<>())
                    .computeIfAbsent(f[1], k -> new ArrayList<>())
                    .add(new double[] {num(f[3]), num(f[4]), num(f[5]), num(f[6]), num(f[7]), num(f[8]),
                        f.length > 9 ? num(f[9]) : Double.NaN, num(f[0])});
        }
        StringBuilder out = new StringBuilder();
        for (var scenario : byScenario.entrySet()) {
            out.append("### ").append(title(scenario.getKey())).append("\n\n");
            out.append("| server | req/s | p50 ms | p99 ms | errors | non-2xx | server CPU µs/req "
                    + "| peak RSS, MiB | Kiln req/s ÷ this | Kiln CPU/req ÷ this | Kiln RSS ÷ this "
                    + "| Kiln req/s ÷ this, per round | Kiln CPU/req ÷ this, per round |\n");
            out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
            List<double[]> kilnRounds = scenario.getValue().get(KILN);
            double[] kiln = kilnRounds != null ? medians(kilnRounds) : null;
            for (var server : scenario.getValue().entrySet()) {
                double[] m = medians(server.getValue());
                out.append("| ").append(server.getKey())
                        .append(" | ").append(format(m[0], 0))
                        .append(" | ").append(format(m[1] / 1000, 2))
                        .append(" | ").append(format(m[2] / 1000, 2))
                        .append(" | ").append(format(m[3], 0))
                        .append(" | ").append(format(m[4], 0))
                        .append(" | ").append(format(m[5], 2))
                        .append(" | ").append(format(m[6] / 1024, 1))
                        .append(" | ").append(kiln == null ? "—" : ratio(kiln[0], m[0]))
                        .append(" | ").append(kiln == null ? "—" : ratio(kiln[5], m[5]))
                        .append(" | ").append(kiln == null ? "—" : ratio(kiln[6], m[6]))
                        .append(" | ").append(kiln == null ? "—" : ratio(medianRatio(kilnRounds, server.getValue(), 0), 1))
                        .append(" | ").append(kiln == null ? "—" : ratio(medianRatio(kilnRounds, server.getValue(), 5), 1))
                        .append(" |\n");
            }
            out.append('\n');
        }
        Map<String, List<double[]>> byServer = new LinkedHashMap<>();
        for (String line : serverLines.subList(Math.min(1, serverLines.size()), serverLines.size())) {
            String[] f = line.split("\t");
            if (f.length < 5) {
                continue;
            }
            byServer.computeIfAbsent(f[1], k -> new ArrayList<>()).add(new double[] {num(f[2]), num(f[3]), num(f[4])});
        }
        if (!byServer.isEmpty()) {
            out.append("### Startup and memory\n\n");
            out.append("| server | startup to first 200, ms (HTTP only) | the same with an HTTPS listener, ms "
                    + "| peak RSS over the run, MiB | Kiln startup ÷ this | Kiln RSS ÷ this |\n");
            out.append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
            double[] kiln = byServer.containsKey(KILN) ? medians(byServer.get(KILN)) : null;
            for (var server : byServer.entrySet()) {
                double[] m = medians(server.getValue());
                out.append("| ").append(server.getKey())
                        .append(" | ").append(format(m[0], 0))
                        .append(" | ").append(format(m[1], 0))
                        .append(" | ").append(format(m[2] / 1024, 1))
                        .append(" | ").append(kiln == null ? "—" : ratio(kiln[0], m[0]))
                        .append(" | ").append(kiln == null ? "—" : ratio(kiln[2], m[2]))
                        .append(" |\n");
            }
            out.append('\n');
        }
        return out.toString();
    }

    /**
     * Returns the median of each column over the rounds, leaving out unmeasured ({@code NaN}) values.
     *
     * @param rounds one array of columns per round
     * @return the medians, {@code NaN} where no round measured the column
     */
    static double[] medians(List<double[]> rounds) {
        double[] result = new double[rounds.get(0).length];
        for (int column = 0; column < result.length; column++) {
            List<Double> values = new ArrayList<>();
            for (double[] round : rounds) {
                if (!Double.isNaN(round[column])) {
                    values.add(round[column]);
                }
            }
            result[column] = median(values);
        }
        return result;
    }

    private static double median(List<Double> values) {
        values.sort(null);
        int n = values.size();
        return n == 0 ? Double.NaN : n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
    }

    /**
     * Returns the median over rounds of Kiln's figure divided by the other server's in the same round.
     *
     * @param kiln Kiln's rounds, each with its round number in the last column
     * @param other the other server's rounds, likewise
     * @param column the figure
     * @return the median ratio, {@code NaN} when no round measured both
     */
    static double medianRatio(List<double[]> kiln, List<double[]> other, int column) {
        List<Double> ratios = new ArrayList<>();
        for (double[] theirs : other) {
            for (double[] ours : kiln) {
                double ratio = ours[column] / theirs[column];
                if (ours[ours.length - 1] == theirs[theirs.length - 1] && !Double.isNaN(ratio) && !Double.isInfinite(ratio)) {
                    ratios.add(ratio);
                }
            }
        }
        return median(ratios);
    }

    private static String title(String scenario) {
        int dash = scenario.lastIndexOf("-c");
        String kind = dash < 0 ? scenario : scenario.substring(0, dash);
        String connections = dash < 0 ? "" : ", " + scenario.substring(dash + 2) + " connections";
        return TITLES.getOrDefault(kind, kind) + connections + " (`" + scenario + "`)";
    }

    private static double num(String field) {
        try {
            return Double.parseDouble(field.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static String format(double value, int decimals) {
        return Double.isNaN(value) ? "—" : String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    private static String ratio(double kiln, double other) {
        return Double.isNaN(kiln) || Double.isNaN(other) || other == 0 ? "—"
                : String.format(Locale.ROOT, "%.2f×", kiln / other);
    }
}
