package io.fundmatch.guide;

/** A file that cannot be turned into text; the message is the one-line reason shown to users. */
public class UnreadableDocumentException extends Exception {

    public UnreadableDocumentException(String reason) {
        super(reason);
    }
}
