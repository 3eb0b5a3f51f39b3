// Writes an article and its sentences.
// Parameters: $article {id, url, title, source, published (YYYY-MM-DD or null), sha256, text},
//             $sentences [{id, index, text, begin, end}]
MERGE (a:Article {id: $article.id})
SET a.url = $article.url, a.title = $article.title, a.source = $article.source,
    a.published = $article.published, a.sha256 = $article.sha256, a.text = $article.text
WITH a
UNWIND $sentences AS s
MERGE (x:Sentence {id: s.id})
SET x.index = s.index, x.text = s.text, x.begin = s.begin, x.end = s.end
MERGE (a)-[:HAS_SENTENCE]->(x)
