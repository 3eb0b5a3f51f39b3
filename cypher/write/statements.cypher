// Merges statements with their speaker (SAID, and the speaker's name as a property for Neo4j Browser's captions)
// and evidence sentence; ABOUT links are made by merge/about.cypher.
// Parameters: $statements [{id, article, speakerId, text, channel, date, datePrecision, dateStart, begin, end,
//              sentenceId, aboutMentions}]
UNWIND $statements AS st
MERGE (x:Statement {id: st.id})
SET x.article = st.article, x.text = st.text, x.channel = st.channel, x.date = st.date,
    x.datePrecision = st.datePrecision,
    x.dateStart = CASE WHEN st.dateStart IS NULL THEN null ELSE date(st.dateStart) END,
    x.begin = st.begin, x.end = st.end, x.aboutMentions = st.aboutMentions
WITH x, st
MATCH (a:Actor {id: st.speakerId})
MERGE (a)-[:SAID]->(x)
SET x.speaker = a.name
WITH x, st
MATCH (s:Sentence {id: st.sentenceId})
MERGE (x)-[:EVIDENCED_BY]->(s)
