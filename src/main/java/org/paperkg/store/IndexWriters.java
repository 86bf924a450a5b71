package org.paperkg.store;

/**
 * Index writes of one write transaction shared with a second thread ({@link KgStore#indexWriters}):
 * while it is on, some of the store's indexes are written by that thread, and every other use of
 * them by the writing thread first waits for the writes handed on, so the transaction reads and
 * writes as if one thread did it all. End it before the commit or the abort.
 */
public interface IndexWriters {

    /** Waits for the writes handed on (rethrowing the second thread's failure) and ends the sharing; call before the commit. */
    void finish();

    /** Ends the sharing without a result, for an abort: the second thread stops before this returns. */
    void abandon();

    /** Nothing shared: the writing thread writes every index itself. */
    IndexWriters NONE = new IndexWriters() {
        @Override
        public void finish() {}

        @Override
        public void abandon() {}
    };
}
