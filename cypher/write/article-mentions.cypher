// The event mentions articles contributed, before they are replaced: what must be merged again, and the
// events they belonged to. Parameters: $ids (list of article ids)
UNWIND $ids AS id
MATCH (m:Mention {article: id})
RETURN m.id AS id, m.type AS type, m.date AS date, m.published AS published, m.actorIds AS actorIds, [(m)-[:OF]->(e:Event) | e.id] AS eventIds
