// Named events in the order of the articles that report them, with where they were held and who organised them.
MATCH (event:Event)<-[:MENTIONS]-(a:Article)
OPTIONAL MATCH (event)-[:HELD_AT]->(venue:Entity)
OPTIONAL MATCH (organiser:Entity)-[:ORGANIZED]->(event)
RETURN date(a.publishedAt) AS reported, event.name AS event,
       collect(DISTINCT venue.name) AS heldAt, collect(DISTINCT organiser.name) AS organisedBy
ORDER BY reported, event;
