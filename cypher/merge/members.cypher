// The mentions of the given events. Parameters: $eventIds (list of event ids)
UNWIND $eventIds AS eid
MATCH (m:Mention)-[:OF]->(:Event {id: eid})
RETURN m.id AS id, m.article AS article, m.published AS published, m.type AS type, m.date AS date,
       m.status AS status, m.place AS place, m.trigger AS trigger, m.target AS target,
       m.targetMention AS targetMention, m.targetType AS targetType, m.actorIds AS actorIds, m.roles AS roles,
       m.fits AS fits, head([(m)-[:OF]->(e:Event) | e.id]) AS eventId,
       head([(m)-[:OF]->(e:Event) | e.datePrecision]) AS eventPrecision,
       head([(m)-[:OF]->(e:Event) | toString(e.dateStart)]) AS eventDateStart
