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
  // 4: per-day counts kept as questions are recorded (a trigger), backfilled from the rows: the report's totals and
  // per-day series read a few hundred of these instead of every question. A DM's guild is '' and a question without
  // a knowledge version has hash '' (a primary key cannot hold NULL). The purge keeps it exact (sqlite.ts).
  // The rows' counting index goes (a window's first, partial day reads questions_at); a long window groups its
  // unanswered questions by reading an index in question order, without sorting them (sqlite.ts picks which).
  // The unanswered grouping reads its index in question order (no sort of the window's rows).
  `CREATE TABLE question_counts (
     guild_key TEXT NOT NULL,
     day INTEGER NOT NULL,
     outcome TEXT NOT NULL,
     lang TEXT NOT NULL,
     knowledge_hash TEXT NOT NULL,
     n INTEGER NOT NULL,
     loaded_at BIGINT,
     last_at BIGINT NOT NULL,
     PRIMARY KEY (guild_key, day, outcome, lang, knowledge_hash)
   ) WITHOUT ROWID;
   INSERT INTO question_counts (guild_key, day, outcome, lang, knowledge_hash, n, loaded_at, last_at)
     SELECT coalesce(guild_id, ''), at / 86400000, outcome, lang, coalesce(knowledge_hash, ''), count(*),
            min(knowledge_loaded_at), max(at)
     FROM questions GROUP BY 1, 2, 3, 4, 5;
   CREATE TRIGGER questions_count AFTER INSERT ON questions BEGIN
     INSERT INTO question_counts (guild_key, day, outcome, lang, knowledge_hash, n, loaded_at, last_at)
     VALUES (coalesce(NEW.guild_id, ''), NEW.at / 86400000, NEW.outcome, NEW.lang, coalesce(NEW.knowledge_hash, ''), 1,
             NEW.knowledge_loaded_at, NEW.at)
     ON CONFLICT (guild_key, day, outcome, lang, knowledge_hash) DO UPDATE SET
       n = n + 1,
       loaded_at = coalesce(min(loaded_at, excluded.loaded_at), loaded_at, excluded.loaded_at),
       last_at = max(last_at, excluded.last_at);
   END;
   DROP INDEX questions_counts;
   CREATE INDEX questions_unanswered_text ON questions (guild_id, question, lang, at, nearest_fact_id, outcome)
     WHERE outcome <> 'answered';`,
];
