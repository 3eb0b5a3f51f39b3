// Merges actors by id (kind + normalised canonical name), accumulating aliases across articles, and records
// which article names each: (:Article)-[:MENTIONS]->(:Actor), so that an actor no article names any more can go.
// Parameters: $actors [{id, name, type, aliases, role, country, article}]
UNWIND $actors AS x
MERGE (a:Actor {id: x.id})
ON CREATE SET a.name = x.name, a.type = x.type, a.aliases = x.aliases, a.role = x.role, a.country = x.country
ON MATCH SET a.aliases = reduce(acc = coalesce(a.aliases, []), al IN x.aliases |
                  CASE WHEN al IN acc THEN acc ELSE acc + al END),
             a.role = coalesce(a.role, x.role), a.country = coalesce(a.country, x.country)
WITH a, x
MATCH (art:Article {id: x.article})
MERGE (art)-[:MENTIONS]->(a)
