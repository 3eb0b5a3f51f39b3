// Statements for the timeline, from candidate ids (timeline-by-*.cypher), with every filter applied.
// Parameters: $statementIds (list of candidate statement ids),
//             $speakerIds (list of actor ids: the speaker must be one of them; null for any),
//             $from, $to (YYYY-MM-DD or null), $eventIds (list: only statements about these events; null for any)
UNWIND $statementIds AS id
MATCH (a:Actor)-[:SAID]->(st:Statement {id: id})
WHERE ($speakerIds IS NULL OR a.id IN $speakerIds)
  AND ($from IS NULL OR st.dateStart >= date($from))
  AND ($to IS NULL OR st.dateStart <= date($to))
  AND ($eventIds IS NULL OR EXISTS { MATCH (st)-[:ABOUT]->(x:Event) WHERE x.id IN $eventIds })
CALL {
  WITH st
  MATCH (st)-[:EVIDENCED_BY]->(s:Sentence)<-[:HAS_SENTENCE]-(art:Article)
  RETURN collect({article: art.id, url: art.url, sentence: s.text}) AS sources
}
RETURN st.id AS id, st.date AS date, st.datePrecision AS datePrecision, a.name AS speaker, st.text AS text,
       st.channel AS channel, sources, [(st)-[:ABOUT]->(x:Event) | x.id] AS about
ORDER BY st.dateStart, st.id
