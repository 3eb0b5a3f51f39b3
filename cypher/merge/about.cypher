// Links statements to the events their mentions became: (:Statement)-[:ABOUT]->(:Event). A statement names
// mentions of its own article, so the statements are found through the statement_article index.
// Parameters: $mentionIds (list of mention ids just merged)
UNWIND $mentionIds AS mid
MATCH (m:Mention {id: mid})-[:OF]->(e:Event)
MATCH (st:Statement {article: m.article})
WHERE mid IN st.aboutMentions
MERGE (st)-[:ABOUT]->(e)
