package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.chronograph.TestCorpus;
import org.chronograph.model.Actor;
import org.chronograph.model.Article;
import org.chronograph.model.Event;
import org.chronograph.model.EventStatus;
import org.chronograph.model.EventType;
import org.chronograph.model.Extraction;
import org.junit.jupiter.api.Test;

/**
 * One behaviour of the rules per test, on short texts written for it, through the real CoreNLP. The texts are
 * ours; none comes from ../shared.
 */
class ExtractorBehaviourIT {

    private static final LocalDate SATURDAY = LocalDate.of(2025, 3, 8);

    @Test
    void aTitleCaseHeadlineIsReadAsTheSentenceItStandsFor() {
        // in title case the parser reads the headline as one long name and finds no verb
        Extraction x = extract(SATURDAY, "Norway, Fishing Nations Resume Quota Talks\n\nThe quota talks between "
                + "Norway and the other fishing nations were suspended last year. Norwegian officials said the talks "
                + "would go on for a week.");
        Event revive = only(x, EventType.REVIVE);
        assertThat(names(x, revive)).contains("Norway");
        assertThat(revive.status()).isEqualTo(EventStatus.HAPPENED);
        Extraction planned = extract(SATURDAY, "Oslo: Norwegian, Chilean Negotiators to Resume Fisheries Talks\n\n"
                + "Negotiators from Norway and Chile will resume their fisheries talks in Oslo next week.");
        assertThat(planned.events()).filteredOn(e -> e.type() == EventType.REVIVE).isNotEmpty()
                .allSatisfy(e -> assertThat(e.status()).isEqualTo(EventStatus.PLANNED));
    }

    @Test
    void anEventNounSetBeforeTheClausesOwnEventIsAnotherEvent() {
        Extraction x = extract(SATURDAY, "Norwegian Foreign Minister Lars Dahl arrived in Santiago on Wednesday, "
                + "following his third visit to Peru.");
        assertThat(x.events()).filteredOn(e -> e.type() == EventType.VISIT).hasSize(2)
                .extracting(Event::trigger).anyMatch(t -> t.contains("visit"));
    }

    @Test
    void callingSomeoneIsACallCallingThemSomethingIsNot() {
        Extraction x = extract(SATURDAY, "Ingrid Halvorsen on Thursday called Tomás Reyes to discuss the quotas.");
        Event call = only(x, EventType.CALL);
        assertThat(names(x, call)).containsExactlyInAnyOrder("Ingrid Halvorsen", "Tomás Reyes");
        assertThat(call.date().value()).isEqualTo("2025-03-06");
        assertThat(types(extract(SATURDAY, "Ingrid Halvorsen called Tomás Reyes a reliable partner on Thursday.")))
                .doesNotContain(EventType.CALL);
        assertThat(types(extract(SATURDAY, "Ingrid Halvorsen urged Tomás Reyes on Thursday to call her.")))
                .doesNotContain(EventType.CALL);
    }

    @Test
    void anAgreementThatThereWillBeAMeetingIsAlsoAPlannedMeetingWithItsOwnDate() {
        Extraction x = extract(SATURDAY, "Halvorsen and Reyes agreed on Thursday that there will be a meeting of "
                + "their fisheries ministers in June.");
        Event agree = only(x, EventType.AGREE);
        assertThat(agree.date().value()).isEqualTo("2025-03-06");
        Event meet = only(x, EventType.MEET);
        assertThat(meet.status()).isEqualTo(EventStatus.PLANNED);
        assertThat(meet.date().value()).isEqualTo("2025-06");
        assertThat(names(x, meet)).hasSize(2);
    }

    @Test
    void anOfficeNoOneIsNamedForActsForItsState() {
        Extraction x = extract(SATURDAY, "The state visit by the Chilean president to Norway has been postponed.");
        assertThat(x.events()).filteredOn(e -> e.type() == EventType.CANCEL).singleElement()
                .satisfies(e -> assertThat(names(x, e)).contains("Chile"));
        // a former holder is a person, not the state
        Extraction y = extract(SATURDAY, "The former Chilean president visited Oslo on Thursday.");
        assertThat(y.actors()).extracting(a -> a.name()).doesNotContain("Chile");
    }

    @Test
    void aSurnameTheTaggerMissedIsThePersonNamedInFull() {
        // CoreNLP leaves the rarer surname untagged here; the article named its owner in full before
        Extraction x = extract(SATURDAY, "President Gabriel Boric and Chancellor Olaf Brandt spoke on Monday. "
                + "President Boric greeted Brandt at the airport on Wednesday.");
        Event greeted = x.events().stream().filter(e -> e.trigger().contains("greeted")).findFirst().orElseThrow();
        assertThat(names(x, greeted)).containsExactlyInAnyOrder("Gabriel Boric", "Olaf Brandt");
    }

    @Test
    void aSigningIsAnEventToActOnAndAnEmbassySpeaksForItsState() {
        Extraction x = extract(SATURDAY, "Norway and Chile postponed the signing of the quota accord.");
        Event act = only(x, EventType.CANCEL);
        assertThat(names(x, act)).containsExactlyInAnyOrder("Norway", "Chile");
        assertThat(act.date().value()).isEqualTo("2025-03-08");
        Extraction y = extract(SATURDAY, "Minister Lena Berg said she would go. \"The door remains open,\" the "
                + "Chilean embassy said in a statement.");
        assertThat(y.statements()).filteredOn(st -> st.text().contains("door")).singleElement()
                .satisfies(st -> assertThat(st.speakerId()).isEqualTo("gpe:chile"));
    }

    @Test
    void statesOfEveryRegionAreActors() {
        // states no development article names: the gazetteer holds the world's states, not a sample
        Extraction x = extract(SATURDAY, "The foreign ministers of Ecuador and Uruguay met in Quito on Thursday.");
        assertThat(names(x, only(x, EventType.MEET))).containsExactlyInAnyOrder("Ecuador", "Uruguay");
        Extraction y = extract(SATURDAY, "Ivorian and Ghanaian officials postponed their border talks on Friday.");
        assertThat(y.events()).filteredOn(e -> e.type() == EventType.CANCEL).singleElement()
                .satisfies(e -> assertThat(names(y, e)).containsExactlyInAnyOrder("Ivory Coast", "Ghana"));
    }

    @Test
    void coordinatedNationalitiesAndPeoplesNameTheirStates() {
        Extraction x = extract(SATURDAY, "Norwegian and Chilean officials met in Oslo on Thursday.");
        assertThat(names(x, only(x, EventType.MEET))).containsExactlyInAnyOrder("Norway", "Chile");
        Extraction y = extract(SATURDAY, "Norway and the Chileans relaunched the fisheries talks in July.");
        assertThat(names(y, only(y, EventType.REVIVE))).containsExactlyInAnyOrder("Norway", "Chile");
    }

    @Test
    void aNegatedEventIsNoEvent() {
        Extraction x = extract(SATURDAY, "Norwegian Prime Minister Ingrid Halvorsen said on Friday that Norway "
                + "will not hold talks with Chile this year.");
        assertThat(types(x)).doesNotContain(EventType.MEET, EventType.NEGOTIATE);
    }

    @Test
    void datesAWeekdayBackwardsAndCountsADayEarlierFromTheStorysDate() {
        Extraction x = extract(SATURDAY, "Norwegian Prime Minister Ingrid Halvorsen met Chilean President Tomás "
                + "Reyes in Oslo on Thursday. A day earlier, Halvorsen spoke by telephone with Argentine President "
                + "Lucas Ferrari. The two leaders agreed to open a joint trade office in Santiago.");
        Event meet = only(x, EventType.MEET);
        assertThat(meet.date().value()).isEqualTo("2025-03-06");
        assertThat(meet.place()).isEqualTo("Oslo");
        assertThat(meet.status()).isEqualTo(EventStatus.HAPPENED);
        assertThat(only(x, EventType.CALL).date().value()).isEqualTo("2025-03-05");
        Event agree = only(x, EventType.AGREE);
        assertThat(names(x, agree)).containsExactlyInAnyOrder("Ingrid Halvorsen", "Lucas Ferrari");
    }

    @Test
    void theTwoLeadersAreThePairJustNamed() {
        Extraction x = extract(SATURDAY, "Ingrid Halvorsen and Tomás Reyes met in Oslo on Thursday. "
                + "The two leaders agreed to open a joint trade office in Santiago.");
        Event agree = only(x, EventType.AGREE);
        assertThat(names(x, agree)).containsExactlyInAnyOrder("Ingrid Halvorsen", "Tomás Reyes");
        assertThat(agree.date().value()).isEqualTo("2025-03-06");
    }

    @Test
    void theThreeCountriesAreTheThreeJustNamed() {
        Extraction x = extract(SATURDAY, "Norway, Chile and Peru signed a fisheries accord in Lima on Monday. "
                + "The three countries will meet again in Oslo next year.");
        Event meet = only(x, EventType.MEET);
        assertThat(names(x, meet)).containsExactlyInAnyOrder("Norway", "Chile", "Peru");
        assertThat(meet.status()).isEqualTo(EventStatus.PLANNED);
        assertThat(meet.date().value()).isEqualTo("2026");
    }

    @Test
    void anEventHoursBeforeTheMainOneFallsOnItsDay() {
        Extraction x = extract(SATURDAY, "Ingrid Halvorsen and Tomás Reyes met at Akershus Fortress on Thursday. "
                + "The meeting at Akershus Fortress came hours after Chile expressed relief over the end of the "
                + "fishing dispute.");
        assertThat(only(x, EventType.STATEMENT).date().value()).isEqualTo("2025-03-06");
    }

    @Test
    void newsMediaAreNeitherActorsNorCallPartners() {
        Extraction x = extract(SATURDAY, "Chilean President Tomás Reyes told Reuters on Friday that the summit "
                + "with Norway had been useful.");
        assertThat(x.actors()).extracting(Actor::name).doesNotContain("Reuters");
        assertThat(types(x)).doesNotContain(EventType.CALL);
    }

    @Test
    void aDatelineDoesNotDateTheEventsOfAHardWrappedDispatch() {
        Extraction x = extract(SATURDAY, "OSLO, March 8 (Chronograph) - Norway and Chile agreed on Friday to\n"
                + "resume talks on fishing quotas, a year after Santiago broke off contacts\n"
                + "over salmon farming.\n");
        Event revive = only(x, EventType.REVIVE);
        assertThat(revive.date().value()).isEqualTo("2025-03-07");
        assertThat(revive.status()).isEqualTo(EventStatus.HAPPENED);
        assertThat(names(x, revive)).containsExactlyInAnyOrder("Norway", "Chile");
        assertThat(names(x, only(x, EventType.CANCEL))).containsExactly("Chile");
    }

    @Test
    void aHostedStateVisitIsPlannedForTheNextSuchDay() {
        Extraction x = extract(LocalDate.of(2025, 12, 1), "Prime Minister Ingrid Halvorsen will host Chilean "
                + "President Tomás Reyes in Oslo on May 5 for a state visit.");
        Event meet = only(x, EventType.MEET);
        assertThat(meet.status()).isEqualTo(EventStatus.PLANNED);
        assertThat(meet.date().value()).isEqualTo("2026-05-05");
        Event visit = only(x, EventType.VISIT);
        assertThat(names(x, visit)).containsExactly("Tomás Reyes");
        assertThat(visit.date().value()).isEqualTo("2026-05-05");
    }

    @Test
    void aPostponedPlannedMeetingIsCancelledAndTheActTargetsIt() {
        Extraction x = extract(LocalDate.of(2025, 3, 5), "Chilean President Tomás Reyes's planned meeting with "
                + "Norwegian Prime Minister Ingrid Halvorsen on Friday in Oslo has been postponed.");
        Event meet = only(x, EventType.MEET);
        assertThat(meet.status()).isEqualTo(EventStatus.CANCELLED);
        assertThat(meet.date().value()).isEqualTo("2025-03-07");
        Event cancel = only(x, EventType.CANCEL);
        assertThat(cancel.status()).isEqualTo(EventStatus.HAPPENED);
        assertThat(cancel.targetId()).isEqualTo(meet.id());
    }

    @Test
    void anUndatedEventOfTheLeadHappenedOnThePublicationDay() {
        Extraction x = extract(LocalDate.of(2024, 3, 5), "Chile and Norway signed a fisheries accord in Oslo, ending "
                + "a dispute of ten years. The accord shares the southern fishing grounds between the two fleets.");
        assertThat(only(x, EventType.AGREE).date().value()).isEqualTo("2024-03-05");
    }

    @Test
    void anActToldThroughADatedReportTakesTheReportsDay() {
        Extraction x = extract(SATURDAY, "The fishing talks stalled again this week. Chilean Foreign Minister Ana "
                + "Rojas on Tuesday said she had called off her visit to Oslo.");
        assertThat(only(x, EventType.CANCEL).date().value()).isEqualTo("2025-03-04");
    }

    @Test
    void aPastPerfectInTheLeadIsBackgroundAndStaysUndated() {
        Extraction x = extract(SATURDAY, "Talks on the fishing grounds stalled again this week. Reyes had met "
                + "Halvorsen in Oslo before the dispute began.");
        assertThat(x.events().stream().filter(e -> e.type() == EventType.MEET).map(Event::date))
                .allMatch(d -> d == null);
    }

    @Test
    void theTopDiplomatOfAStateIsThePersonOfThatStateLastNamed() {
        Extraction x = extract(SATURDAY, "Chilean Foreign Minister Ana Rojas arrived in Oslo on Friday. "
                + "The top Chilean diplomat will meet Norwegian Prime Minister Ingrid Halvorsen in Bergen next week.");
        Event meet = only(x, EventType.MEET);
        assertThat(names(x, meet)).containsExactlyInAnyOrder("Ana Rojas", "Ingrid Halvorsen");
    }

    @Test
    void newTriggersOfTheLexiconFindTheirEvents() {
        Extraction x = extract(SATURDAY, "Norway's fisheries minister Lars Berg left for Santiago on Friday. "
                + "Chile and Peru rejoined the fisheries treaty on Thursday, and Chile refused to negotiate with Peru.");
        assertThat(types(x)).contains(EventType.VISIT, EventType.REVIVE).doesNotContain(EventType.NEGOTIATE);
    }

    @Test
    void scrappingAgreementsIsWithdrawingFromThem() {
        Extraction x = extract(SATURDAY, "Peru on Friday scrapped all its fishing agreements with Chile, "
                + "after Chilean ministers issued threats against Peruvian trawlers.");
        Event withdraw = only(x, EventType.WITHDRAW);
        assertThat(names(x, withdraw)).containsExactly("Peru");
        assertThat(withdraw.date().value()).isEqualTo("2025-03-07");
        assertThat(types(x)).doesNotContain(EventType.CANCEL);
    }

    @Test
    void aSpokesmanOfAStateMakesItsStatement() {
        Extraction x = extract(SATURDAY, "A Norwegian foreign ministry spokesman said on Friday that the "
                + "fishing quotas would be cut.");
        Event statement = only(x, EventType.STATEMENT);
        assertThat(names(x, statement)).containsExactly("Norway");
    }

    @Test
    void thePairIsTheTwoJustNamed() {
        Extraction x = extract(SATURDAY, "Chilean President Tomás Reyes flew to Oslo on Friday to see Norwegian Prime "
                + "Minister Ingrid Halvorsen, and the pair met for three hours.");
        assertThat(names(x, only(x, EventType.MEET))).containsExactlyInAnyOrder("Tomás Reyes", "Ingrid Halvorsen");
    }

    @Test
    void speakersNamedAfterATitleThroughASourceOrAsThePassiveSubjectOfHearing() {
        Extraction x = extract(SATURDAY, "Norwegian Prime Minister Ingrid Halvorsen met Chilean President Tomás Reyes "
                + "in Oslo on Friday.\n\n"
                + "\"Our fleets will share these waters for a generation,\" said Secretary of Fisheries Lars Berg.\n\n"
                + "According to the Norwegian foreign ministry, the two leaders \"settled every open question on quotas.\"\n\n"
                + "Reyes was heard telling reporters, \"This was the best meeting we have had in years.\"");
        Map<String, String> names = x.actors().stream().collect(Collectors.toMap(Actor::id, Actor::name));
        Map<String, String> speakerOf = x.statements().stream().collect(Collectors.toMap(
                st -> st.text().split(" ")[0], st -> names.getOrDefault(st.speakerId(), st.speakerId())));
        assertThat(speakerOf).containsEntry("Our", "Lars Berg").containsEntry("This", "Tomás Reyes");
        assertThat(speakerOf.get("settled")).isNotIn("Ingrid Halvorsen", "Tomás Reyes");
    }

    @Test
    void aStandaloneQuoteAfterAPersonsReportedWordsIsTheirs() {
        Extraction x = extract(SATURDAY, "Chilean President Tomás Reyes signed the fisheries accord on Friday.\n\n"
                + "The Chilean senate will vote on it next month, according to Senator Ana Lund, who says the vote "
                + "will pass with the support of President Reyes.\n\n"
                + "\"There is a clear majority for the accord this time.\"");
        Map<String, String> names = x.actors().stream().collect(Collectors.toMap(Actor::id, Actor::name));
        assertThat(x.statements()).singleElement()
                .satisfies(st -> assertThat(names.get(st.speakerId())).isEqualTo("Ana Lund"));
    }

    @Test
    void sheIsNotTheManNamedLast() {
        Extraction x = extract(SATURDAY, "Tomás Reyes met Ingrid Halvorsen in Oslo on Thursday.\n\n"
                + "She added that Reyes \"has kept every promise he made in the spring.\"\n\n"
                + "He said the talks had been \"frank and useful for both our fleets.\"");
        Map<String, String> names = x.actors().stream().collect(Collectors.toMap(Actor::id, Actor::name));
        Map<String, String> speakerOf = x.statements().stream().collect(Collectors.toMap(
                st -> st.text().split(" ")[0], st -> names.getOrDefault(st.speakerId(), st.speakerId())));
        assertThat(speakerOf).containsEntry("has", "Ingrid Halvorsen").containsEntry("frank", "Tomás Reyes");
    }

    @Test
    void whoSpeaksInAMeetingWithOthersTakesPartInIt() {
        Extraction x = extract(SATURDAY, "Chilean President Tomás Reyes announced the new quotas on Friday in a "
                + "meeting in Valparaiso with union leaders.");
        Event meet = only(x, EventType.MEET);
        assertThat(names(x, meet)).contains("Tomás Reyes");
        assertThat(meet.date().value()).isEqualTo("2025-03-07");
    }

    @Test
    void aYearlessDayAheadToldInThePresentStaysAhead() {
        Extraction x = extract(LocalDate.of(2018, 6, 1), "Chilean President Tomás Reyes said on Friday that his "
                + "summit with Norwegian Prime Minister Ingrid Halvorsen is on for June 12 in Oslo. Reyes met "
                + "Halvorsen in Lima on May 20.");
        List<Event> meets = x.events().stream().filter(e -> e.type() == EventType.MEET).toList();
        assertThat(meets).anyMatch(m -> m.date().value().equals("2018-06-12") && m.status() == EventStatus.PLANNED)
                .anyMatch(m -> m.date().value().equals("2018-05-20") && m.status() == EventStatus.HAPPENED)
                .noneMatch(m -> m.date().value().startsWith("2017"));
    }

    @Test
    void whomTheSubjectTellsInAPhoneCallIsOnTheLine() {
        Extraction x = extract(SATURDAY, "Chilean President Tomás Reyes told Norwegian Prime Minister Ingrid Halvorsen "
                + "in a phone call on Friday that the fleets would stay in port.");
        Event call = only(x, EventType.CALL);
        assertThat(names(x, call)).containsExactly("Tomás Reyes", "Ingrid Halvorsen");
        assertThat(call.date().value()).isEqualTo("2025-03-07");
    }

    private static Extraction extract(LocalDate published, String text) {
        return TestCorpus.extract(new Article("behaviour", null, null, null, published, text, "behaviour test"));
    }

    private static List<EventType> types(Extraction x) {
        return x.events().stream().map(Event::type).toList();
    }

    private static Event only(Extraction x, EventType type) {
        List<Event> found = x.events().stream().filter(e -> e.type() == type).toList();
        assertThat(found).as("%s events in %s", type, x.events()).hasSize(1);
        return found.get(0);
    }

    private static List<String> names(Extraction x, Event e) {
        Map<String, String> byId = x.actors().stream().collect(Collectors.toMap(Actor::id, Actor::name));
        return e.participants().stream().map(p -> byId.getOrDefault(p.actorId(), p.actorId())).toList();
    }

}
