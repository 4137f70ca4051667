package io.fundmatch.service.api;

import java.io.IOException;

/** Raised while reading a request body that exceeds the limit. */
public class BodyTooLargeException extends IOException {
    public BodyTooLargeException(long limit) {
        super("request body larger than " + limit + " bytes");
    }
}
