// Writes articles and their sentences.
// Parameters: $articles [{id, url, title, source, published (YYYY-MM-DD or null), sha256, text,
//              sentences: [{id, index, text, begin, end}]}]
UNWIND $articles AS art
MERGE (a:Article {id: art.id})
SET a.url = art.url, a.title = art.title, a.source = art.source, a.published = art.published,
    a.sha256 = art.sha256, a.text = art.text
WITH a, art
UNWIND art.sentences AS s
MERGE (x:Sentence {id: s.id})
SET x.index = s.index, x.text = s.text, x.begin = s.begin, x.end = s.end
MERGE (a)-[:HAS_SENTENCE]->(x)
