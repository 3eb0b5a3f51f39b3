package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.chronograph.model.EventType;
import org.junit.jupiter.api.Test;

/** The rule files compile, and a bad line fails at start-up naming the file and the line. */
class LexiconTests {

    private static final List<String> CLASSES = List.of("# comment", "event-object\tsummit talks\tThey held talks.");

    @Test
    void theShippedRuleFilesCompile() {
        Lexicon lex = Lexicon.get();
        assertThat(lex.triggers()).hasSizeGreaterThan(50);
        assertThat(lex.verb("call", "off").type()).isEqualTo(EventType.CANCEL);
        assertThat(lex.verb("call", "").type()).isEqualTo(EventType.CALL);
        assertThat(lex.verbType("call")).isEqualTo(EventType.CANCEL);
        assertThat(lex.noun("summit").frame()).isEqualTo(Lexicon.Frame.EVENT_NOUN);
        assertThat(lex.words("event-object")).contains("summit", "talks");
    }

    @Test
    void aVerbWithItsParticleIsItsOwnEntry() {
        Lexicon lex = Lexicon.of(List.of("call off\tverb\tCANCEL\tact-on-event\t125\tThey called off the summit.",
                "call\tnoun\tCALL\tevent-noun\t041\tThe call was brief."), "t.tsv", CLASSES, "c.tsv");
        assertThat(lex.verb("call", "off").phrase()).isEqualTo("call off");
        assertThat(lex.noun("call").type()).isEqualTo(EventType.CALL);
    }

    @Test
    void theOtherSpellingOfAWordReadsTheSame() {
        Lexicon lex = Lexicon.of(List.of("finalize\tverb\tAGREE\treach-agreement\t057\tThey finalized a deal.",
                "cancellation\tnoun\tCANCEL\tevent-noun\t125\tThe cancellation came late.",
                "rise\tverb\tTHREATEN\tdirect\t130\tTensions rose."), "t.tsv",
                List.of("speech-verb\temphasize say\tShe emphasized it."), "c.tsv");
        assertThat(lex.verb("finalise", "").type()).isEqualTo(EventType.AGREE);
        assertThat(lex.verbType("finalise")).isEqualTo(EventType.AGREE);
        assertThat(lex.noun("cancelation").type()).isEqualTo(EventType.CANCEL);
        assertThat(lex.words("speech-verb")).contains("emphasise", "emphasize", "say");
        assertThat(lex.verb("rize", "")).as("short words keep their one spelling").isNull();
        assertThat(Lexicon.get().verb("penalise", "").type()).isEqualTo(EventType.SANCTION);
    }

    @Test
    void badLinesFailNamingFileAndLine() {
        assertBad("meet\tverb\tMEETING\tdirect\t043\tThey met.", "t.tsv:2: unknown event type 'MEETING'");
        assertBad("meet\tverb\tMEET\tdirectly\t043\tThey met.", "t.tsv:2: unknown frame 'directly'");
        assertBad("meet\tverb\tMEET\tdirect\t43\tThey met.", "t.tsv:2: CAMEO code '43'");
        assertBad("meet\tverb\tMEET\tdirect\t043\t ", "t.tsv:2: 'meet' has no example");
        assertBad("meet\tverb\tMEET\tdirect\t043", "t.tsv:2: expected 6 tab-separated columns");
        assertBad("meet\tadjective\tMEET\tdirect\t043\tThey met.", "t.tsv:2: pos 'adjective'");
        assertBad("meeting\tnoun\tMEET\tdirect\t043\tThe meeting.", "t.tsv:2: frame 'direct' does not take a noun");
        assertBad("summit up\tnoun\tMEET\tevent-noun\t043\tThe summit.", "t.tsv:2: only a verb can have a particle");
        assertThatThrownBy(() -> Lexicon.of(List.of("meet\tverb\tMEET\tdirect\t043\tThey met.",
                "meet\tverb\tMEET\tdirect\t043\tThey met again."), "t.tsv", CLASSES, "c.tsv"))
                .hasMessageContaining("t.tsv:2: 'meet' (verb) is already listed at t.tsv:1");
        assertThatThrownBy(() -> Lexicon.of(List.of(), "t.tsv", List.of("event-object\tsummit"), "c.tsv"))
                .hasMessageContaining("c.tsv:1: expected 3 tab-separated columns");
        assertThatThrownBy(() -> Lexicon.of(List.of(), "t.tsv", List.of("Event_Object\tsummit\tThe summit."), "c.tsv"))
                .hasMessageContaining("c.tsv:1: class name 'Event_Object'");
        assertThatThrownBy(() -> Lexicon.of(List.of(), "t.tsv", CLASSES, "c.tsv").words("nothing"))
                .hasMessageContaining("no word class 'nothing'");
    }

    private static void assertBad(String line, String message) {
        assertThatThrownBy(() -> Lexicon.of(List.of("# header", line), "t.tsv", CLASSES, "c.tsv"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }
}
