// Removes what an article contributed before it is written again with changed text: its sentences and
// the events and statements evidenced only by them. Actors stay (other articles may name them).
// Parameters: $id (string) the article id.
MATCH (a:Article {id: $id})-[:HAS_SENTENCE]->(s:Sentence)
OPTIONAL MATCH (s)<-[:EVIDENCED_BY]-(n)
WHERE (n:Event OR n:Statement)
  AND NOT EXISTS { MATCH (n)-[:EVIDENCED_BY]->(other:Sentence) WHERE NOT (a)-[:HAS_SENTENCE]->(other) }
DETACH DELETE n, s
