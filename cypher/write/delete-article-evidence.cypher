// Removes what articles contributed before they are written again with changed text: their event mentions,
// statements and sentences. Events are merged again afterwards; actors stay (other articles may name them).
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
