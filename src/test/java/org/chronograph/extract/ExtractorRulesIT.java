package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.chronograph.TestCorpus;
import org.chronograph.model.Article;
import org.chronograph.model.Event;
import org.chronograph.model.Extraction;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every entry of the trigger lexicon ({@code rules/triggers.tsv}) finds an event of its type in its own example
 * sentence, through the real CoreNLP: an entry whose example no longer works fails here, naming its line.
 */
class ExtractorRulesIT {

    private static final LocalDate SATURDAY = LocalDate.of(2025, 3, 8);

    @TestFactory
    Stream<DynamicTest> everyTriggerFindsItsExample() {
        return Lexicon.get().triggers().stream().map(t -> DynamicTest.dynamicTest(
                t.source() + " " + t.phrase() + " (" + t.type() + ")", () -> {
                    Article a = new Article("rule", null, null, null, SATURDAY, t.example(), "rule example");
                    Extraction x = TestCorpus.extract(a);
                    List<Event> ofType = x.events().stream().filter(e -> e.type() == t.type()).toList();
                    assertThat(ofType).as("%s: %s '%s' in \"%s\" (found %s)", t.source(), t.type(), t.phrase(),
                            t.example(), x.events().stream().map(e -> e.type() + " " + e.trigger()).toList())
                            .isNotEmpty();
                }));
    }
}
