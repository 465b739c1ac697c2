// The store's schema, as numbered migrations: migration N brings a database from version N-1 to N (PostgreSQL reuses them).
export const MIGRATIONS: readonly string[] = [
  // 1: questions and the votes under their answers.
  `CREATE TABLE questions (
     id INTEGER PRIMARY KEY,
     at BIGINT NOT NULL,
     guild_id TEXT,
     channel_id TEXT,
     lang TEXT NOT NULL,
     question TEXT NOT NULL,
     outcome TEXT NOT NULL CHECK (outcome IN ('answered', 'declined', 'clarified')),
     fact_ids TEXT NOT NULL,
     nearest_fact_id TEXT,
     confidence REAL NOT NULL,
     interaction_id TEXT,
     message_id TEXT
   );
   CREATE INDEX questions_guild_at ON questions (guild_id, at);
   CREATE INDEX questions_at ON questions (at);
   CREATE INDEX questions_interaction ON questions (interaction_id);
   CREATE INDEX questions_message ON questions (message_id);
   CREATE TABLE votes (
     question_id INTEGER NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
     voter TEXT NOT NULL,
     fact_id TEXT NOT NULL,
     vote INTEGER NOT NULL CHECK (vote IN (-1, 1)),
     at BIGINT NOT NULL,
     PRIMARY KEY (question_id, voter, fact_id)
   );`,
  // 2: which knowledge version answered (its content hash and load time).
  `ALTER TABLE questions ADD COLUMN knowledge_hash TEXT;
   ALTER TABLE questions ADD COLUMN knowledge_loaded_at BIGINT;`,
  // 3: covering indexes for the report: counts and unanswered questions read the index alone, never the rows.
  `DROP INDEX questions_guild_at;
   CREATE INDEX questions_counts ON questions (guild_id, at, outcome, lang, knowledge_hash, knowledge_loaded_at);
   CREATE INDEX questions_unanswered ON questions (guild_id, at, outcome, question, lang, nearest_fact_id)
     WHERE outcome <> 'answered';`,
];
