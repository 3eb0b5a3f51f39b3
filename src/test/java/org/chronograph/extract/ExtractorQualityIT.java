package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.chronograph.TestCorpus;
import org.chronograph.evaluate.Evaluation;
import org.junit.jupiter.api.Test;

/** The extractor, with the real CoreNLP, scored against the gold of our own example saga. */
class ExtractorQualityIT {

    @Test
    void findsWhatACarefulReaderFindsInTheExampleSaga() {
        Evaluation.Result r = Evaluation.run(TestCorpus.articles(), TestCorpus.gold(), TestCorpus::extract);
        System.out.print(Evaluation.toTable(r));
        assertThat(r.skipped()).isEmpty();
        assertThat(r.perArticle()).hasSize(4);
        assertThat(r.events().f1()).isGreaterThanOrEqualTo(0.75);
        assertThat(r.events().dateAccuracy()).isGreaterThanOrEqualTo(0.75);
        assertThat(r.statements().f1()).isGreaterThanOrEqualTo(0.8);
        assertThat(r.actors().f1()).isGreaterThanOrEqualTo(0.8);
    }
}
