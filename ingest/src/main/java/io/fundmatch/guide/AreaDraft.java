package io.fundmatch.guide;

import java.util.List;

/** A support area as read from the layout, before its applicants, dates, amounts and terms are found. */
record AreaDraft(List<String> path, String title, String text) {

    AreaDraft {
        path = List.copyOf(path);
    }
}
