// Synthetic graph: articles $from .. $to - 1, ten sentences each, published on days spread over $days days.
// Parameters: $from, $to (integers), $start (YYYY-MM-DD first day), $days (integer: days the graph spans)
UNWIND range($from, $to - 1) AS i
CREATE (a:Article {id: 'bench-article-' + toString(i), title: 'Bench article ' + toString(i),
                   url: 'https://example.org/bench/' + toString(i),
                   published: toString(date($start) + duration({days: (i * 7919) % $days}))})
WITH a, i
UNWIND range(0, 9) AS k
CREATE (a)-[:HAS_SENTENCE]->(:Sentence {id: a.id + '#s' + toString(k), index: k, begin: k * 100, end: k * 100 + 90,
                                        text: 'Bench sentence ' + toString(i * 10 + k) + '.'})
