// A fact is found by its id (GraphQL `fact(id)`, evidence → fact). Relationship indexes are per type.
CREATE INDEX fact_id_landed_in IF NOT EXISTS FOR ()-[r:LANDED_IN]-() ON (r.id);
CREATE INDEX fact_id_settled_in IF NOT EXISTS FOR ()-[r:SETTLED_IN]-() ON (r.id);
CREATE INDEX fact_id_member_of IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.id);
CREATE INDEX fact_id_launched_at IF NOT EXISTS FOR ()-[r:LAUNCHED_AT]-() ON (r.id);
CREATE INDEX fact_id_held_at IF NOT EXISTS FOR ()-[r:HELD_AT]-() ON (r.id);
CREATE INDEX fact_id_part_of IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.id);
CREATE INDEX fact_id_located_in IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.id);
CREATE INDEX fact_id_transformed_from IF NOT EXISTS FOR ()-[r:TRANSFORMED_FROM]-() ON (r.id);
CREATE INDEX fact_id_holds_position IF NOT EXISTS FOR ()-[r:HOLDS_POSITION]-() ON (r.id);
CREATE INDEX fact_id_partners_with IF NOT EXISTS FOR ()-[r:PARTNERS_WITH]-() ON (r.id);
CREATE INDEX fact_id_invests_in IF NOT EXISTS FOR ()-[r:INVESTS_IN]-() ON (r.id);
CREATE INDEX fact_id_established IF NOT EXISTS FOR ()-[r:ESTABLISHED]-() ON (r.id);
CREATE INDEX fact_id_issued IF NOT EXISTS FOR ()-[r:ISSUED]-() ON (r.id);
CREATE INDEX fact_id_organized IF NOT EXISTS FOR ()-[r:ORGANIZED]-() ON (r.id);
