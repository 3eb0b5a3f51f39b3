// Writes one article's event mentions with the sentences that report them. Events are built from mentions
// afterwards (merge/*.cypher). surfaceActorIds keeps the actors as extracted; actorIds may then name a
// surname-only person by the full-name person it is (merge/surname-*.cypher).
// Parameters: $mentions [{id, article, published, type, date, precision, dateStart, dateEnd, status, place,
//              trigger, target, targetMention, targetType, actorIds, roles, sentenceIds}]
UNWIND $mentions AS m
MERGE (x:Mention {id: m.id})
SET x.article = m.article, x.published = m.published, x.type = m.type, x.date = m.date,
    x.precision = m.precision, x.dateStart = m.dateStart, x.dateEnd = m.dateEnd, x.status = m.status,
    x.place = m.place, x.trigger = m.trigger, x.target = m.target, x.targetMention = m.targetMention,
    x.targetType = m.targetType, x.actorIds = m.actorIds, x.surfaceActorIds = m.actorIds, x.roles = m.roles
WITH x, m
UNWIND m.sentenceIds AS sid
MATCH (s:Sentence {id: sid})
MERGE (x)-[:EVIDENCED_BY]->(s)
