// Resolves a name to the actors it names, in any case and by alias (scans the actors, not the events); used
// when actor-ids.cypher finds no canonical name.
// Parameters: $name (string) a name or alias, any case.
MATCH (a:Actor)
WHERE toLower(a.name) = toLower($name) OR toLower($name) IN [al IN coalesce(a.aliases, []) | toLower(al)]
RETURN a.id AS id
