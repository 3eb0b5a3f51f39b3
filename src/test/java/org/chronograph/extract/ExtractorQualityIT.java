package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.chronograph.TestCorpus;
import org.chronograph.evaluate.Evaluation;
import org.junit.jupiter.api.Test;

/**
 * The extractor, with the real CoreNLP, scored against gold we wrote for our own articles. The floors are
 * below today's figures (printed with each run) so that a regression fails the build and noise does not.
 */
class ExtractorQualityIT {

    @Test
    void findsWhatACarefulReaderFindsInTheExampleSaga() {
        Evaluation.Result r = Evaluation.run(TestCorpus.articles(), TestCorpus.gold(), TestCorpus::extract);
        System.out.print(Evaluation.toTable(r));
        assertThat(r.skipped()).isEmpty();
        assertThat(r.perArticle()).hasSize(4);
        assertThat(r.events().f1()).isGreaterThanOrEqualTo(0.8);
        assertThat(r.events().dateAccuracy()).isGreaterThanOrEqualTo(0.9);
        assertThat(r.statements().f1()).isGreaterThanOrEqualTo(0.8);
        assertThat(r.actors().f1()).isGreaterThanOrEqualTo(0.8);
    }

    /** examples/: eleven articles in several styles (readout, wire copy, analysis, brief, hard-wrapped text). */
    @Test
    void findsWhatACarefulReaderFindsInTheExamples() {
        Path examples = Path.of("examples");
        assertThat(examples.resolve("articles")).as("run from the project folder").isDirectory();
        Evaluation.Result r = Evaluation.run(examples.resolve("articles"), examples.resolve("gold"), TestCorpus::extract);
        System.out.print(Evaluation.toTable(r));
        assertThat(r.skipped()).isEmpty();
        assertThat(r.perArticle()).hasSizeGreaterThanOrEqualTo(11);
        assertThat(r.events().f1()).isGreaterThanOrEqualTo(0.75);
        assertThat(r.events().dateAccuracy()).isGreaterThanOrEqualTo(0.85);
        assertThat(r.events().statusAccuracy()).isGreaterThanOrEqualTo(0.85);
        assertThat(r.statements().f1()).isGreaterThanOrEqualTo(0.9);
        assertThat(r.actors().f1()).isGreaterThanOrEqualTo(0.85);
        assertThat(Files.exists(examples.resolve("gold/11-ramirez-tremblay-summit.json"))).isTrue();
    }
}
