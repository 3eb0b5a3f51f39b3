// Removes what articles contributed before they are written again with changed text: their event mentions,
// statements, sentences and the record of which actors they name. Events are merged again afterwards; actors
// no article names any more are removed after that (delete-orphan-actors.cypher).
// Parameters: $ids (list of article ids)
UNWIND $ids AS id
CALL {
  WITH id
  MATCH (m:Mention {article: id})
  DETACH DELETE m
}
CALL {
  WITH id
  MATCH (st:Statement {article: id})
  DETACH DELETE st
}
CALL {
  WITH id
  MATCH (:Article {id: id})-[:HAS_SENTENCE]->(s:Sentence)
  DETACH DELETE s
}
CALL {
  WITH id
  MATCH (:Article {id: id})-[r:MENTIONS]->(:Actor)
  DELETE r
}
