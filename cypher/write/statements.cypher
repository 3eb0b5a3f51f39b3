// Merges statements with their speaker and evidence sentence.
// Parameters: $statements [{id, speakerId, text, channel, date, datePrecision, dateStart, begin, end, sentenceId}]
UNWIND $statements AS st
MERGE (x:Statement {id: st.id})
SET x.text = st.text, x.channel = st.channel, x.date = st.date, x.datePrecision = st.datePrecision,
    x.dateStart = CASE WHEN st.dateStart IS NULL THEN null ELSE date(st.dateStart) END,
    x.begin = st.begin, x.end = st.end
WITH x, st
MATCH (a:Actor {id: st.speakerId})
MERGE (a)-[:SAID]->(x)
WITH x, st
MATCH (s:Sentence {id: st.sentenceId})
MERGE (x)-[:EVIDENCED_BY]->(s)
