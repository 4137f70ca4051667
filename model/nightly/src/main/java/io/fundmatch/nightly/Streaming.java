package io.fundmatch.nightly;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Lazy iterators for Spark partitions: rows are produced one at a time as Spark pulls them, so a partition's
 * output is never held in memory whole (a million enterprises keep twenty million rows).
 */
final class Streaming {

    private Streaming() {}

    /** Each row mapped as it is pulled. */
    static <A, B> Iterator<B> map(Iterator<A> in, Function<A, B> f) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return in.hasNext();
            }

            @Override
            public B next() {
                return f.apply(in.next());
            }
        };
    }

    /** The rows each input row gives, as they are pulled, then the rows {@code tail} gives once the input is done. */
    static <A, B> Iterator<B> flatMapThen(Iterator<A> in, Function<A, List<B>> f, Supplier<List<B>> tail) {
        return new Iterator<>() {
            private Iterator<B> current = Collections.emptyIterator();
            private boolean tailDone;

            @Override
            public boolean hasNext() {
                while (!current.hasNext()) {
                    if (in.hasNext()) {
                        current = f.apply(in.next()).iterator();
                    } else if (!tailDone) {
                        tailDone = true;
                        current = tail.get().iterator();
                    } else {
                        return false;
                    }
                }
                return true;
            }

            @Override
            public B next() {
                if (!hasNext()) throw new NoSuchElementException();
                return current.next();
            }
        };
    }
}
