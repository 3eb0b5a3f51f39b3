// The event mentions of the given articles and the mentions of the given ids, each with the event it belongs
// to now (eventId, eventPrecision, eventDateStart: null for a mention not merged yet) and the dated events it
// fits (fits: the keys of the dated groups it is compatible with, see EventMerger).
// Parameters: $articles (list of article ids), $ids (list of mention ids)
CALL {
  UNWIND $articles AS article
  MATCH (m:Mention {article: article})
  RETURN m
  UNION
  UNWIND $ids AS id
  MATCH (m:Mention {id: id})
  RETURN m
}
RETURN m.id AS id, m.article AS article, m.published AS published, m.type AS type, m.date AS date,
       m.status AS status, m.place AS place, m.trigger AS trigger, m.target AS target,
       m.targetMention AS targetMention, m.targetType AS targetType, m.actorIds AS actorIds, m.roles AS roles,
       m.fits AS fits, head([(m)-[:OF]->(e:Event) | e.id]) AS eventId,
       head([(m)-[:OF]->(e:Event) | e.datePrecision]) AS eventPrecision,
       head([(m)-[:OF]->(e:Event) | toString(e.dateStart)]) AS eventDateStart
