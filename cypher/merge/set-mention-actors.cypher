// Sets the actors an event mention counts for the merge (a surname-only person replaced by the one full-name
// person it is, or given back). Parameters: $mentions [{id, actorIds}]
UNWIND $mentions AS x
MATCH (m:Mention {id: x.id})
SET m.actorIds = x.actorIds
