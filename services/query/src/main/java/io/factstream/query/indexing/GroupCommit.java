package io.factstream.query.indexing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

/**
 * Writes the items that many threads hand in at the same time as one batch, each thread waiting for the outcome of
 * its own item: a record still succeeds or fails on its own (its acknowledgement, its dead-letter record), while
 * the server gets one request for many records. The first thread to find nobody writing writes everything waiting;
 * the others wait for it (a group commit), so batches grow with the load and no timer delays a lone item.
 *
 * <p>A batch that fails for a reason of its own items rather than of the server is written again one item at a
 * time, so that the failure lands on the item that caused it alone.
 */
public final class GroupCommit<T> {
    @FunctionalInterface
    public interface BatchWriter<T> {
        void write(List<T> items) throws IOException;
    }

    private final BatchWriter<T> writer;
    private final int maxBatch;
    private final Predicate<Throwable> failsEveryItem;
    private final Queue<Pending<T>> waiting = new ConcurrentLinkedQueue<>();
    private final ReentrantLock writing = new ReentrantLock();

    /**
     * @param failsEveryItem whether a failure would meet any item alike (the server unavailable, for example), so
     *     writing the items one by one cannot tell a culprit
     */
    public GroupCommit(BatchWriter<T> writer, int maxBatch, Predicate<Throwable> failsEveryItem) {
        this.writer = writer;
        this.maxBatch = maxBatch;
        this.failsEveryItem = failsEveryItem;
    }

    /** Returns once {@code item} is written, with the batch it went in; throws what failed its batch or itself. */
    public void write(T item) throws IOException {
        Pending<T> pending = new Pending<>(item);
        waiting.add(pending);
        writing.lock();
        try {
            while (!pending.done) {
                writeWaiting();
            }
        } finally {
            writing.unlock();
        }
        pending.rethrow();
    }

    /** How many items wait for a batch. */
    int waiting() {
        return waiting.size();
    }

    private void writeWaiting() {
        List<Pending<T>> batch = new ArrayList<>();
        for (Pending<T> next; batch.size() < maxBatch && (next = waiting.poll()) != null; ) {
            batch.add(next);
        }
        Throwable failure = attempt(batch);
        if (failure != null && batch.size() > 1 && !failsEveryItem.test(failure)) {
            batch.forEach(pending -> pending.finish(attempt(List.of(pending))));
        } else {
            batch.forEach(pending -> pending.finish(failure));
        }
    }

    /** What the batch failed with, or null; caught whatever it is, as it belongs to the threads waiting for it. */
    private Throwable attempt(List<Pending<T>> batch) {
        try {
            writer.write(batch.stream().map(pending -> pending.item).toList());
            return null;
        } catch (Throwable failure) {
            return failure;
        }
    }

    /** An item and, once its batch is written, its outcome; both fields change under the writing lock only. */
    private static final class Pending<T> {
        private final T item;
        private boolean done;
        private Throwable failure;

        Pending(T item) {
            this.item = item;
        }

        void finish(Throwable failure) {
            this.failure = failure;
            this.done = true;
        }

        void rethrow() throws IOException {
            if (failure == null) {
                return;
            } else if (failure instanceof IOException io) {
                throw io;
            } else if (failure instanceof RuntimeException runtime) {
                throw runtime;
            } else if (failure instanceof Error error) {
                throw error;
            }
            throw new IOException(failure);
        }
    }
}
