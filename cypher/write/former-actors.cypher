// The actors articles named before they are written again with changed text (and the states those persons
// serve): the candidates for removal once the new text is stored. Parameters: $ids (list of article ids)
UNWIND $ids AS id
MATCH (:Article {id: id})-[:MENTIONS]->(a:Actor)
OPTIONAL MATCH (a)-[:AFFILIATED_WITH]->(state:Actor)
WITH collect(DISTINCT a.id) + collect(DISTINCT state.id) AS ids
UNWIND ids AS actorId
RETURN DISTINCT actorId
