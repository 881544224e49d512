package io.factstream.query.indexing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GroupCommitTest {
    /** An item whose batch the writer holds until the items of a test wait behind it. */
    private static final String HOLD = "hold";

    private final List<List<String>> batches = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch holding = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void itemsHandedInWhileABatchIsBeingWrittenGoTogetherInTheNextBatch() throws Exception {
        GroupCommit<String> commits = new GroupCommit<>(this::record, 10, failure -> true);

        List<Throwable> outcomes = writeBehindHold(commits, List.of("a", "b", "c", "d", "e"));

        outcomes.forEach(outcome -> assertNull(outcome));
        assertEquals(2, batches.size(), "the held batch, then one for all that came meanwhile: " + batches);
        assertEquals(List.of("a", "b", "c", "d", "e"), batches.get(1).stream().sorted().toList());
    }

    @Test
    void aBatchIsNeverLargerThanTheLimit() throws Exception {
        GroupCommit<String> commits = new GroupCommit<>(this::record, 2, failure -> true);

        writeBehindHold(commits, List.of("a", "b", "c", "d", "e"));

        assertEquals(List.of(1, 2, 2, 1), batches.stream().map(List::size).toList());
    }

    @Test
    void aFailureOfOneItemFailsThatItemAloneAndTheOthersAreWritten() throws Exception {
        GroupCommit<String> commits = new GroupCommit<>(items -> {
            record(items);
            if (items.contains("bad")) {
                throw new IOException("refused " + items);
            }
        }, 10, failure -> false);

        List<Throwable> outcomes = writeBehindHold(commits, List.of("good", "bad", "fine"));

        assertNull(outcomes.get(0));
        assertEquals("refused [bad]", outcomes.get(1).getMessage());
        assertNull(outcomes.get(2));
        assertEquals(3, batches.get(1).size(), "first written together: " + batches);
        assertEquals(List.of(List.of("bad"), List.of("fine"), List.of("good")),
                batches.subList(2, 5).stream().sorted((x, y) -> x.get(0).compareTo(y.get(0))).toList());
    }

    @Test
    void aServerFailureFailsEveryItemOfTheBatchWithoutWritingThemOneByOne() throws Exception {
        IOException down = new ConnectException("Connection refused");
        GroupCommit<String> commits = new GroupCommit<>(items -> {
            record(items);
            if (!items.contains(HOLD)) {
                throw down;
            }
        }, 10, failure -> failure instanceof ConnectException);

        List<Throwable> outcomes = writeBehindHold(commits, List.of("a", "b", "c"));

        outcomes.forEach(outcome -> assertSame(down, outcome));
        assertEquals(2, batches.size(), "the held batch and the failed one, not written again: " + batches);
    }

    @Test
    void aLoneItemIsWrittenAtOnceAndItsFailureThrownToItsWriter() {
        GroupCommit<String> commits = new GroupCommit<>(items -> {
            throw new IllegalStateException("refused " + items);
        }, 10, failure -> false);

        assertEquals("refused [only]",
                assertThrows(IllegalStateException.class, () -> commits.write("only")).getMessage());
    }

    private void record(List<String> items) {
        batches.add(items);
        if (items.equals(List.of(HOLD))) {
            holding.countDown();
            await(release);
        }
    }

    /**
     * Writes {@link #HOLD}, then each of {@code items} from a thread of its own while the writer holds the first
     * batch, and releases it once all of them wait.
     *
     * @return what writing each item threw, or null, in the order of {@code items}
     */
    private List<Throwable> writeBehindHold(GroupCommit<String> commits, List<String> items) throws Exception {
        Future<Throwable> held = threads.submit(() -> outcome(commits, HOLD));
        await(holding);
        List<Future<Throwable>> writes = new ArrayList<>();
        for (String item : items) {
            writes.add(threads.submit(() -> outcome(commits, item)));
        }
        for (long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                commits.waiting() < items.size() && System.nanoTime() < deadline; ) {
            Thread.sleep(5);
        }
        release.countDown();
        assertNull(held.get(10, TimeUnit.SECONDS));
        List<Throwable> outcomes = new ArrayList<>();
        for (Future<Throwable> write : writes) {
            outcomes.add(write.get(10, TimeUnit.SECONDS));
        }
        return outcomes;
    }

    private static Throwable outcome(GroupCommit<String> commits, String item) {
        try {
            commits.write(item);
            return null;
        } catch (Exception failure) {
            return failure;
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
