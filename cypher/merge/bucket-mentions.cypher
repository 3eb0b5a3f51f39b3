// The mentions dated to a day or a month of one calendar month, per event type: one block of the merge
// (through the mention_type_date index). Parameters: $buckets [{type, from, to}] (first and last day of the
// month, as YYYY-MM-DD strings)
UNWIND $buckets AS b
MATCH (m:Mention)
USING INDEX m:Mention(type, dateStart)
WHERE m.type = b.type AND m.dateStart >= b.from AND m.dateStart <= b.to AND m.precision IN ['day', 'month']
RETURN m.id AS id, m.article AS article, m.published AS published, m.type AS type, m.date AS date,
       m.status AS status, m.place AS place, m.trigger AS trigger, m.target AS target,
       m.targetMention AS targetMention, m.targetType AS targetType, m.actorIds AS actorIds, m.roles AS roles,
       m.fits AS fits, head([(m)-[:OF]->(e:Event) | e.id]) AS eventId,
       head([(m)-[:OF]->(e:Event) | e.datePrecision]) AS eventPrecision,
       head([(m)-[:OF]->(e:Event) | toString(e.dateStart)]) AS eventDateStart
