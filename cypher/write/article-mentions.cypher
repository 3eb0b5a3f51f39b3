// The event mentions articles contributed, before they are replaced: what must be merged again, and the
// events they belonged to. Parameters: $ids (list of article ids)
UNWIND $ids AS id
MATCH (m:Mention {article: id})
RETURN m.type AS type, m.actorIds AS actorIds, [(m)-[:OF]->(e:Event) | e.id] AS eventIds
