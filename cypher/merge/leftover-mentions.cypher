// The undated mentions published in a month, or the mentions dated to a year, of one event type: the block in
// which those that fit no dated event are grouped. Parameters: $buckets [{type, yearStart, publishedFrom,
// publishedTo}] (either yearStart or the published range is null; dates as YYYY-MM-DD strings)
UNWIND $buckets AS b
CALL {
  WITH b
  WITH b WHERE b.yearStart IS NOT NULL
  MATCH (m:Mention)
  USING INDEX m:Mention(type, dateStart)
  WHERE m.type = b.type AND m.dateStart = b.yearStart AND m.precision = 'year'
  RETURN m
  UNION
  WITH b
  WITH b WHERE b.publishedFrom IS NOT NULL
  MATCH (m:Mention)
  USING INDEX m:Mention(type, published)
  WHERE m.type = b.type AND m.published >= b.publishedFrom AND m.published <= b.publishedTo AND m.date IS NULL
  RETURN m
}
WITH DISTINCT m
RETURN m.id AS id, m.article AS article, m.published AS published, m.type AS type, m.date AS date,
       m.status AS status, m.place AS place, m.trigger AS trigger, m.target AS target,
       m.targetMention AS targetMention, m.targetType AS targetType, m.actorIds AS actorIds, m.roles AS roles,
       m.fits AS fits, head([(m)-[:OF]->(e:Event) | e.id]) AS eventId,
       head([(m)-[:OF]->(e:Event) | e.datePrecision]) AS eventPrecision,
       head([(m)-[:OF]->(e:Event) | toString(e.dateStart)]) AS eventDateStart
