package dev.kiln.http.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TurnTakingTest {

    private static final int CONNECTIONS = 4;

    @Test
    void everyConnectionTakesItsTurnThroughTheSubmissionQueueInTheSameRoundOncePerTurnPeriod() {
        TurnTaking turns = new TurnTaking(new AtomicInteger(CONNECTIONS));
        long[] lastRound = new long[CONNECTIONS];
        List<List<Integer>> turnRounds = new ArrayList<>();
        for (int c = 0; c < CONNECTIONS; c++) {
            turnRounds.add(new ArrayList<>());
        }

        for (int round = 0; round < 4 * TurnTaking.ROUNDS; round++) {
            for (int c = 0; c < CONNECTIONS; c++) {
                long now = turns.pause(lastRound[c], 1);
                if (now != lastRound[c]) {
                    turnRounds.get(c).add(round);
                }
                lastRound[c] = now;
            }
        }

        for (int c = 0; c < CONNECTIONS; c++) {
            int r = TurnTaking.ROUNDS;
            assertEquals(List.of(0, r, 2 * r, 3 * r), turnRounds.get(c), "rounds in which connection " + c + " took its turn");
        }
    }

    @Test
    void aLoneConnectionTakesItsTurnOncePerTurnPeriodOfRequests() {
        TurnTaking turns = new TurnTaking(new AtomicInteger(1));
        long first = turns.pause(0, 1);
        long round = first;
        for (int i = 1; i < TurnTaking.ROUNDS; i++) {
            round = turns.pause(round, 1);
        }
        assertEquals(first, round, "one connection yields " + TurnTaking.ROUNDS + " times per turn");
        assertEquals(first + 1, turns.pause(round, 1));
    }

    @Test
    void aConnectionServingPipelinedBatchesTakesItsTurnAfterAsManyRequestsAsOneServingThemOneByOne() {
        int batch = 16;
        TurnTaking turns = new TurnTaking(new AtomicInteger(1));
        long first = turns.pause(0, batch);
        long round = first;
        for (int i = batch; i < TurnTaking.ROUNDS; i += batch) {
            round = turns.pause(round, batch);
        }
        assertEquals(first, round, "batches of " + batch + " requests within one turn period");
        assertEquals(first + 1, turns.pause(round, batch));
    }
}
