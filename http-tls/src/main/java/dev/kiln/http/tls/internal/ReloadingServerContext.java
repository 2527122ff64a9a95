package dev.kiln.http.tls.internal;

import dev.kiln.http.tls.TlsConfigException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Hands out the current {@link ServerContext} and, when reload is on, replaces it when its files
 * change. Checking costs one {@code stat} per file and happens at most once per interval, on the
 * thread of a connection being opened; only one thread checks at a time, the others go on with the
 * current context without waiting. A new set of files that cannot be loaded is logged and skipped
 * until the files change again; the old context stays. Thread-safe.
 */
public final class ReloadingServerContext {

    private static final System.Logger LOG = System.getLogger("dev.kiln.http.tls");

    private final ServerContextFactory factory;
    private final boolean reload;
    private final long intervalNanos;
    private final ReentrantLock checking = new ReentrantLock();
    private volatile ServerContext current;
    private volatile long nextCheck;
    private List<FileStamp> failedStamps; // guarded by checking

    /**
     * Loads the first context now.
     *
     * @param factory what builds contexts
     * @param reload whether to watch the files
     * @param intervalMillis the least time between two checks
     * @throws TlsConfigException when the files cannot be loaded
     */
    public ReloadingServerContext(ServerContextFactory factory, boolean reload, long intervalMillis) {
        this.factory = factory;
        this.reload = reload;
        this.intervalNanos = TimeUnit.MILLISECONDS.toNanos(intervalMillis);
        this.current = factory.create();
        this.nextCheck = System.nanoTime() + intervalNanos;
    }

    /**
     * Returns the context for a new connection, after checking the files if the interval has passed.
     *
     * @return the current context
     */
    public ServerContext current() {
        if (reload && System.nanoTime() - nextCheck >= 0 && checking.tryLock()) {
            try {
                if (System.nanoTime() - nextCheck >= 0) {
                    reloadIfChanged();
                    nextCheck = System.nanoTime() + intervalNanos;
                }
            } finally {
                checking.unlock();
            }
        }
        return current;
    }

    /**
     * Returns the current context without checking the files.
     *
     * @return the context
     */
    public ServerContext peek() {
        return current;
    }

    private void reloadIfChanged() {
        List<FileStamp> now = factory.files().stream().map(FileStamp::of).toList();
        if (now.equals(current.stamps()) || now.equals(failedStamps)) {
            return;
        }
        try {
            ServerContext next = factory.create();
            current = next;
            failedStamps = null;
            LOG.log(System.Logger.Level.INFO, "reloaded TLS certificate ''{0}'' (valid until {1}) from {2}",
                    next.certificate().getSubjectX500Principal().getName(), next.certificate().getNotAfter().toInstant(),
                    factory.files());
        } catch (RuntimeException e) { // TlsConfigException, or anything a provider throws: keep serving
            failedStamps = now;
            LOG.log(System.Logger.Level.WARNING, "TLS files changed but cannot be loaded; new connections keep the"
                    + " previous certificate until they are fixed: " + (e instanceof TlsConfigException ? e.getMessage() : e));
        }
    }
}
