-- The search index moved from SQLite FTS5 to a Lucene index folder beside the database (derived data, rebuilt
-- from the programme table). Drop the FTS5 tables and their bookkeeping.
DROP TABLE IF EXISTS programme_index;
DROP TABLE IF EXISTS programme_fts;
DELETE FROM meta WHERE key = 'index_generation';
