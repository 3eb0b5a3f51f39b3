// Synthetic graph: events $from .. $to - 1, each with one mention, its evidence sentence and two participants;
// one actor in ten is a frequent "hub" actor ($hubs of them). Every hundredth event is a planned meeting that
// the next event cancels and the one after revives. Dates spread over $days days from $start; one event in
// twenty is dated to a month, one in fifty is undated. Every tenth event has a statement about it.
// Parameters: $from, $to (integers), $actors, $hubs (integers), $start (YYYY-MM-DD), $days (integer)
UNWIND range($from, $to - 1) AS i
WITH i, date($start) + duration({days: ((i / 10) * 7919) % $days}) AS d,
     ['MEET', 'CALL', 'VISIT', 'AGREE', 'CONSULT', 'ACCUSE', 'THREATEN', 'SANCTION'] AS types
WITH i, d, CASE i % 100 WHEN 0 THEN 'MEET' WHEN 1 THEN 'CANCEL' WHEN 2 THEN 'REVIVE' ELSE types[i % 8] END AS type,
     CASE WHEN i % 50 = 7 THEN null WHEN i % 20 = 3 THEN 'month' ELSE 'day' END AS precision,
     (i * 104729) % $actors AS a1,
     CASE WHEN i % 10 = 4 THEN (i / 10) % $hubs ELSE (i * 15485863 + 1) % $actors END AS a2
WITH i, type, precision, a1, CASE WHEN a2 = a1 THEN (a1 + 1) % $actors ELSE a2 END AS a2,
     CASE precision WHEN 'month' THEN date.truncate('month', d) ELSE d END AS ds,
     CASE precision WHEN 'month' THEN date.truncate('month', d) + duration('P1M') - duration('P1D') ELSE d END AS de
MATCH (x:Actor {id: 'bench:actor ' + toString(a1)}), (y:Actor {id: 'bench:actor ' + toString(a2)})
MATCH (s:Sentence {id: 'bench-article-' + toString(i / 10) + '#s' + toString(i % 10)})
CREATE (e:Event {id: 'event:bench' + toString(i), type: type, status: CASE WHEN i % 100 = 0 THEN 'planned' ELSE 'happened' END,
                 trigger: toLower(type), sources: 1})
SET e.date = CASE precision WHEN null THEN null WHEN 'month' THEN substring(toString(ds), 0, 7) ELSE toString(ds) END,
    e.datePrecision = precision,
    e.dateStart = CASE WHEN precision IS NULL THEN null ELSE ds END,
    e.dateEnd = CASE WHEN precision IS NULL THEN null ELSE de END
CREATE (m:Mention {id: 'bench-mention-' + toString(i), article: 'bench-article-' + toString(i / 10), type: type,
                   published: toString(ds), actorIds: [x.id, y.id]})
CREATE (m)-[:OF]->(e), (m)-[:EVIDENCED_BY]->(s), (e)-[:EVIDENCED_BY]->(s)
CREATE (x)-[:PARTICIPATED_IN {role: 'agent'}]->(e), (y)-[:PARTICIPATED_IN {role: 'partner'}]->(e)
FOREACH (_ IN CASE WHEN i % 10 = 5 THEN [1] ELSE [] END |
  CREATE (x)-[:SAID]->(st:Statement {id: 'bench-statement-' + toString(i), text: 'Bench quote ' + toString(i),
                                     article: 'bench-article-' + toString(i / 10), date: e.date,
                                     datePrecision: precision, dateStart: e.dateStart})-[:ABOUT]->(e),
         (st)-[:EVIDENCED_BY]->(s))
