// The event mentions that name any of the given surname-only persons as extracted (surfaceActorIds), found
// through the articles that name them. Parameters: $actorIds (ids of surname-only persons)
UNWIND $actorIds AS k
MATCH (:Actor {id: k})<-[:MENTIONS]-(art:Article)
MATCH (m:Mention {article: art.id})
WHERE k IN coalesce(m.surfaceActorIds, m.actorIds)
RETURN DISTINCT m.id AS id, m.type AS type, coalesce(m.surfaceActorIds, m.actorIds) AS surface,
       m.actorIds AS actorIds
