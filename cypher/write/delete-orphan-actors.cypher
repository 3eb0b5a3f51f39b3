// Removes those of the given actors that nothing refers to any more: no article names them, they take part in
// no event, said nothing, and no person is affiliated with them. Run twice: a state goes once its last person has.
// Parameters: $ids (list of actor ids)
UNWIND $ids AS id
MATCH (a:Actor {id: id})
WHERE NOT EXISTS { (a)<-[:MENTIONS]-(:Article) }
  AND NOT EXISTS { (a)-[:PARTICIPATED_IN|SAID]->() }
  AND NOT EXISTS { (a)<-[:AFFILIATED_WITH]-(:Actor) }
DETACH DELETE a
