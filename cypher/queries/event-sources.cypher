// The sources of an event: every article that reports it, with the sentence and its character offsets.
// Parameters: $event (string) an event id.
// Example: :param event => 'event:0123456789abcdef'
MATCH (e:Event {id: $event})-[:EVIDENCED_BY]->(s:Sentence)<-[:HAS_SENTENCE]-(art:Article)
RETURN art.id AS article, art.title AS title, art.source AS source, art.url AS url, art.published AS published,
       s.text AS sentence, s.begin AS begin, s.end AS end
ORDER BY art.published, art.id, s.begin
