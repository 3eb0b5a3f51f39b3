// The mentions of one event type that name any of the given actors: the candidates to merge.
// Parameters: $type (string), $actorIds (list of actor ids)
MATCH (m:Mention {type: $type})
WHERE any(a IN m.actorIds WHERE a IN $actorIds)
RETURN m.id AS id, m.article AS article, m.published AS published, m.type AS type, m.date AS date,
       m.precision AS precision, m.status AS status, m.place AS place, m.trigger AS trigger, m.target AS target,
       m.targetMention AS targetMention, m.targetType AS targetType, m.actorIds AS actorIds, m.roles AS roles
