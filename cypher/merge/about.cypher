// Links statements to the events they are about, through the mentions they name.
// Parameters: $mentionIds (list of mention ids whose events were built again)
MATCH (st:Statement)
WHERE any(x IN coalesce(st.aboutMentions, []) WHERE x IN $mentionIds)
MATCH (m:Mention)-[:OF]->(e:Event)
WHERE m.id IN st.aboutMentions
MERGE (st)-[:ABOUT]->(e)
