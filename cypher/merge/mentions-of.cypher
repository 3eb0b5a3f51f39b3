// The mentions of each event type that name any of the given actors: the candidates to merge. Stored mentions
// are found from the actors through the events they belong to (an event's participants are its mentions'
// actors); the mentions just written, not yet part of an event, through the mention_article index.
// Returns each mention with the event it belongs to now (eventId, null for a new one).
// Parameters: $seeds [{type, actorIds}], $articles (list of the article ids just written)
UNWIND $seeds AS seed
CALL {
  WITH seed
  MATCH (a:Actor)-[:PARTICIPATED_IN]->(e:Event)<-[:OF]-(m:Mention)
  USING INDEX a:Actor(id)
  WHERE a.id IN seed.actorIds AND e.type = seed.type
  RETURN m
  UNION
  WITH seed
  UNWIND $articles AS article
  MATCH (m:Mention {article: article})
  WHERE m.type = seed.type AND NOT EXISTS { (m)-[:OF]->(:Event) }
  RETURN m
}
WITH DISTINCT seed, m
WHERE any(a IN m.actorIds WHERE a IN seed.actorIds)
RETURN m.id AS id, m.article AS article, m.published AS published, m.type AS type, m.date AS date,
       m.precision AS precision, m.status AS status, m.place AS place, m.trigger AS trigger, m.target AS target,
       m.targetMention AS targetMention, m.targetType AS targetType, m.actorIds AS actorIds, m.roles AS roles,
       head([(m)-[:OF]->(e:Event) | e.id]) AS eventId
