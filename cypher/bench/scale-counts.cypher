// What a scale bench store holds so far, from the label counts (constant time). No parameters.
// Example: after 1,000 synthetic articles, {articles: 1000, events: ..., mentions: ...}
CALL { MATCH (a:Article) RETURN count(a) AS articles }
CALL { MATCH (e:Event) RETURN count(e) AS events }
CALL { MATCH (m:Mention) RETURN count(m) AS mentions }
RETURN articles, events, mentions
