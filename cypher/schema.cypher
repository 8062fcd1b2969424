// The data model's schema for Neo4j 5: one uniqueness constraint per label on its key
// (which also gives the index MERGE uses), plus indexes on properties queries filter on.
// `kg load` and `kg schema` apply it; on FalkorDB each statement becomes a plain
// CREATE INDEX on the same label and property (see loaders/server.py).
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_name IF NOT EXISTS FOR (n:Person) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT post_name IF NOT EXISTS FOR (n:Post) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT organization_name IF NOT EXISTS FOR (n:Organization) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT company_name IF NOT EXISTS FOR (n:Company) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT place_name IF NOT EXISTS FOR (n:Place) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT taskforce_name IF NOT EXISTS FOR (n:TaskForce) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT program_name IF NOT EXISTS FOR (n:Program) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT project_name IF NOT EXISTS FOR (n:Project) REQUIRE n.name IS UNIQUE;
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.published);
CREATE INDEX post_title IF NOT EXISTS FOR (n:Post) ON (n.title);
CREATE INDEX place_level IF NOT EXISTS FOR (n:Place) ON (n.level);
