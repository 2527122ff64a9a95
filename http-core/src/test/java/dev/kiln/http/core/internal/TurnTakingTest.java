package dev.kiln.http.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TurnTakingTest {

    private static final int CONNECTIONS = 4;

    private final AtomicLong clock = new AtomicLong();

    @Test
    void everyConnectionTakesItsTurnThroughTheSubmissionQueueInTheSameRoundOncePerTurnPeriod() {
        TurnTaking turns = new TurnTaking(new AtomicInteger(CONNECTIONS), clock::get);
        long[] lastTurn = new long[CONNECTIONS];
        List<List<Integer>> turnRounds = new ArrayList<>();
        for (int c = 0; c < CONNECTIONS; c++) {
            turnRounds.add(new ArrayList<>());
        }

        for (int round = 0; round < 4 * TurnTaking.ROUNDS; round++) {
            for (int c = 0; c < CONNECTIONS; c++) {
                long now = turns.countPause();
                if (now != lastTurn[c]) {
                    turnRounds.get(c).add(round);
                }
                lastTurn[c] = now;
            }
        }

        for (int c = 0; c < CONNECTIONS; c++) {
            int r = TurnTaking.ROUNDS;
            assertEquals(List.of(0, r, 2 * r, 3 * r), turnRounds.get(c), "rounds in which connection " + c + " took its turn");
        }
    }

    @Test
    void aLoneConnectionTakesItsTurnOncePerTurnPeriodOfRequests() {
        TurnTaking turns = new TurnTaking(new AtomicInteger(1), clock::get);
        long first = turns.countPause();
        long turn = first;
        for (int i = 1; i < TurnTaking.ROUNDS; i++) {
            turn = turns.countPause();
        }
        assertEquals(first, turn, "one connection pauses " + TurnTaking.ROUNDS + " times per turn");
        assertEquals(first + 1, turns.countPause());
    }

    @Test
    void aTurnIsDueAtTheFirstRoundAfterTheLongestIntervalBetweenTurns() {
        TurnTaking turns = new TurnTaking(new AtomicInteger(CONNECTIONS), clock::get);
        long first = turns.countPause();
        clock.addAndGet(TurnTaking.MAX_TURN_MILLIS * 1_000_000);
        for (int c = 1; c < CONNECTIONS; c++) {
            assertEquals(first, turns.countPause(), "pause " + c + " of the round that was under way");
        }
        assertEquals(first + 1, turns.countPause(), "the next round's first pause starts the next turn");
        assertEquals(first + 1, turns.countPause(), "the next turn lasts its rounds again");
    }

    @Test
    void everyConnectionThatParksForATurnIsWokenAgain() throws InterruptedException {
        TurnTaking turns = new TurnTaking(new AtomicInteger(1_000));
        List<Thread> connections = new ArrayList<>();
        for (int c = 0; c < 1_000; c++) {
            connections.add(Thread.ofVirtual().start(() -> turns.pause(0))); // 0: never took a turn
        }

        for (Thread connection : connections) {
            assertTrue(connection.join(Duration.ofSeconds(10)), connection + " still parked for its turn");
        }
    }
}
