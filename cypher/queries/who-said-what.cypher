// Who said what about an event: the statements linked to it, with speaker, channel, date and source article.
// Parameters: $event (string) an event id.
// Example: :param event => 'event:0123456789abcdef'
MATCH (sp:Actor)-[:SAID]->(st:Statement)-[:ABOUT]->(e:Event {id: $event})
MATCH (st)-[:EVIDENCED_BY]->(s:Sentence)<-[:HAS_SENTENCE]-(art:Article)
RETURN sp.name AS speaker, st.text AS quote, st.channel AS channel, st.date AS date, art.id AS article,
       art.url AS url
ORDER BY st.dateStart IS NULL, st.dateStart, art.published, st.id
