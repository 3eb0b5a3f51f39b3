// Removes what an article contributed before it is written again with changed text: its event mentions,
// statements and sentences. Events are merged again afterwards; actors stay (other articles may name them).
// Parameters: $id (string) the article id.
OPTIONAL MATCH (m:Mention {article: $id})
DETACH DELETE m
WITH count(*) AS done
OPTIONAL MATCH (st:Statement {article: $id})
DETACH DELETE st
WITH count(*) AS done
OPTIONAL MATCH (:Article {id: $id})-[:HAS_SENTENCE]->(s:Sentence)
DETACH DELETE s
