package dev.kiln.benchmarks.suite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResultsTableTest {

    @Test
    void takesTheMedianOfEachFigureAndLeavesOutUnmeasuredOnes() {
        double[] m = ResultsTable.medians(List.of(
                new double[] {3, 1, Double.NaN}, new double[] {1, 2, 5}, new double[] {2, 4, Double.NaN},
                new double[] {10, 3, 7}));
        assertArrayEquals(new double[] {2.5, 2.5, 6}, m);
    }

    @Test
    void readsResultsWrittenBeforeThePeakRssPerScenarioWasMeasured() {
        String table = ResultsTable.render(List.of(
                        "round\tserver\tscenario\trps\tp50\tp99\terrors\tnon2xx\tcpu",
                        "1\tkiln\tping-c100\t120000\t800\t2000\t0\t0\t7.0"),
                List.of());
        assertTrue(table.contains("| kiln | 120,000 | 0.80 | 2.00 | 0 | 0 | 7.00 | — | 1.00× | 1.00× | — | 1.00× | 1.00× |"), table);
    }

    @Test
    void ratiosWithinEachRoundAreKeptApartFromTheRatioOfMedians() {
        // a slow phase of the machine hits Kiln in round 3: the medians are level (1.00x), while Kiln
        // led Netty in two rounds of three (1.25x, 1.20x, 0.46x); round 4 has no Netty to pair with
        String table = ResultsTable.render(List.of(
                        "round\tserver\tscenario\trps\tp50\tp99\terrors\tnon2xx\tcpu",
                        "1\tkiln\tping-c100\t100\t1\t1\t0\t0\t10",
                        "1\tnetty\tping-c100\t80\t1\t1\t0\t0\t12",
                        "2\tkiln\tping-c100\t120\t1\t1\t0\t0\t10",
                        "2\tnetty\tping-c100\t100\t1\t1\t0\t0\t12",
                        "3\tkiln\tping-c100\t60\t1\t1\t0\t0\t20",
                        "3\tnetty\tping-c100\t130\t1\t1\t0\t0\t10",
                        "4\tkiln\tping-c100\t100\t1\t1\t0\t0\t10"),
                List.of());
        assertTrue(table.contains("| netty | 100 | 0.00 | 0.00 | 0 | 0 | 12.00 | — | 1.00× | 0.83× | — | 1.20× | 0.83× |"), table);
    }

    @Test
    void showsKilnsRatioToEachPeerPerScenario() {
        String table = ResultsTable.render(List.of(
                        "round\tserver\tscenario\trps\tp50\tp99\terrors\tnon2xx\tcpu\tpeak_rss_kb",
                        "1\tkiln\tping-c100\t120000\t800\t2000\t0\t0\t7.0\t81920",
                        "1\tnetty\tping-c100\t100000\t900\t3000\t0\t0\t8.75\t102400"),
                List.of("round\tserver\tstartup_ms\tstartup_https_ms\tpeak_rss_kb",
                        "1\tkiln\t200\t700\t102400",
                        "1\tnetty\t400\t-\t-"));
        assertTrue(table.contains("### `GET /ping`, keep-alive, 100 connections (`ping-c100`)"), table);
        assertTrue(table.contains("| netty | 100,000 | 0.90 | 3.00 | 0 | 0 | 8.75 | 100.0 | 1.20× | 0.80× | 0.80× | 1.20× | 0.80× |"), table);
        assertTrue(table.contains("| kiln | 200 | 700 | 100.0 | 1.00× | 1.00× |"), table);
        assertTrue(table.contains("| netty | 400 | — | — | 0.50× | — |"), table);
    }
}
