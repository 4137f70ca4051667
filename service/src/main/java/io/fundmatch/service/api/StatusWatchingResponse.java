package io.fundmatch.service.api;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;

/**
 * A response that runs an action (given the status) once, the first time a status the predicate accepts is set — before the answer
 * reaches the caller, so that what the action records (a failed login, a refused upload) is there by the time
 * the caller can act on the answer.
 */
public final class StatusWatchingResponse extends HttpServletResponseWrapper {

    private final IntPredicate watched;
    private final IntConsumer action;
    private boolean done;

    public StatusWatchingResponse(HttpServletResponse response, IntPredicate watched, IntConsumer action) {
        super(response);
        this.watched = watched;
        this.action = action;
    }

    private void check(int status) {
        if (!done && watched.test(status)) {
            done = true;
            action.accept(status);
        }
    }

    @Override
    public void setStatus(int sc) {
        check(sc);
        super.setStatus(sc);
    }

    @Override
    public void sendError(int sc) throws IOException {
        check(sc);
        super.sendError(sc);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        check(sc);
        super.sendError(sc, msg);
    }
}
