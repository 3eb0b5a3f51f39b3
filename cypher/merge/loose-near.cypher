// The undated and year-dated mentions that could join an event of a month's block: of its type, naming one of
// its actors, undated and published from 183 days before the month to 62 days after it, or dated to its year.
// Parameters: $near [{type, publishedFrom, publishedTo, yearStart, actorIds}] (dates as YYYY-MM-DD strings)
UNWIND $near AS b
CALL {
  WITH b
  MATCH (m:Mention)
  USING INDEX m:Mention(type, published)
  WHERE m.type = b.type AND m.published >= b.publishedFrom AND m.published <= b.publishedTo AND m.date IS NULL
  RETURN m
  UNION
  WITH b
  MATCH (m:Mention)
  USING INDEX m:Mention(type, dateStart)
  WHERE m.type = b.type AND m.dateStart = b.yearStart AND m.precision = 'year'
  RETURN m
}
WITH b, m
WHERE any(a IN m.actorIds WHERE a IN b.actorIds)
WITH DISTINCT m
RETURN m.id AS id, m.article AS article, m.published AS published, m.type AS type, m.date AS date,
       m.status AS status, m.place AS place, m.trigger AS trigger, m.target AS target,
       m.targetMention AS targetMention, m.targetType AS targetType, m.actorIds AS actorIds, m.roles AS roles,
       m.fits AS fits, head([(m)-[:OF]->(e:Event) | e.id]) AS eventId,
       head([(m)-[:OF]->(e:Event) | e.datePrecision]) AS eventPrecision,
       head([(m)-[:OF]->(e:Event) | toString(e.dateStart)]) AS eventDateStart
