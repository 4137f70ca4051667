package io.fundmatch.eval;

import io.fundmatch.match.MatchingRecommender;

/**
 * A ranker the evaluation scores: gives the recommender to use for one cross-validation fold (a trained model
 * trains on the profiles of the other folds; the text baselines are the same for every fold).
 */
public interface RankerUnderTest {

    String name();

    /** A recommender that has seen no labelled profile of {@code fold} (areas and enterprises are set by the caller). */
    MatchingRecommender forFold(int fold, int folds);

    /** A note for the report (e.g. how the model was trained), or empty. */
    default String note() {
        return "";
    }
}
