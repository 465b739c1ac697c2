// The PostgreSQL store's schema, as numbered migrations (its own numbering: SQLite's are in migrations.ts).
// Migration N brings a database from version N-1 to N; the version lives in store_schema.
const DAY_MS = 86_400_000;
export const POSTGRES_MIGRATIONS: readonly string[] = [
  // 1: questions and the votes under their answers (the same tables as SQLite's migration 1).
  `CREATE TABLE questions (
     id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     at BIGINT NOT NULL,
     guild_id TEXT,
     channel_id TEXT,
     lang TEXT NOT NULL,
     question TEXT NOT NULL,
     outcome TEXT NOT NULL CHECK (outcome IN ('answered', 'declined', 'clarified')),
     fact_ids TEXT NOT NULL,
     nearest_fact_id TEXT,
     confidence DOUBLE PRECISION NOT NULL,
     interaction_id TEXT,
     message_id TEXT
   );
   CREATE INDEX questions_guild_at ON questions (guild_id, at);
   CREATE INDEX questions_at ON questions (at);
   CREATE INDEX questions_interaction ON questions (interaction_id);
   CREATE INDEX questions_message ON questions (message_id);
   CREATE TABLE votes (
     question_id BIGINT NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
     voter TEXT NOT NULL,
     fact_id TEXT NOT NULL,
     vote INTEGER NOT NULL CHECK (vote IN (-1, 1)),
     at BIGINT NOT NULL,
     PRIMARY KEY (question_id, voter, fact_id)
   );`,
  // 2: what replicas share: the voter HMAC key (when STORE_SECRET is unset), the /ask cooldown, the replay set.
  `CREATE TABLE store_meta (
     key TEXT PRIMARY KEY,
     value TEXT NOT NULL
   );
   CREATE TABLE ask_cooldown (
     user_key TEXT PRIMARY KEY,
     attempts BIGINT[] NOT NULL,
     allowed BOOLEAN NOT NULL,
     expires_at BIGINT NOT NULL
   );
   CREATE INDEX ask_cooldown_expires ON ask_cooldown (expires_at);
   CREATE FUNCTION ask_recent(attempts BIGINT[], since BIGINT) RETURNS BIGINT[]
     LANGUAGE sql IMMUTABLE PARALLEL SAFE
     AS $$ SELECT coalesce(array_agg(a ORDER BY a), '{}'::BIGINT[]) FROM unnest(attempts) AS a WHERE a > since $$;
   CREATE TABLE replay_keys (
     key TEXT PRIMARY KEY,
     seen_at BIGINT NOT NULL
   );
   CREATE INDEX replay_keys_seen ON replay_keys (seen_at);`,
  // 3: which knowledge version answered (as SQLite's 2), and covering indexes for the report (as SQLite's 3):
  // the counts and the unanswered questions of a guild's window are read from the index alone (an index-only scan).
  `ALTER TABLE questions ADD COLUMN knowledge_hash TEXT;
   ALTER TABLE questions ADD COLUMN knowledge_loaded_at BIGINT;
   DROP INDEX questions_guild_at;
   CREATE INDEX questions_counts ON questions (guild_id, at)
     INCLUDE (outcome, lang, knowledge_hash, knowledge_loaded_at);
   CREATE INDEX questions_unanswered ON questions (guild_id, at)
     INCLUDE (outcome, question, lang, nearest_fact_id) WHERE outcome <> 'answered';`,
  // 4: per-day counts (as SQLite's 4), kept by a statement trigger that adds each insert's rows grouped (one upsert
  // per batch), and backfilled from the rows. A DM's guild is '' and no knowledge version is hash ''. The rows'
  // counting index goes; an index in question order lets a long window group its unanswered questions unsorted.
  `CREATE TABLE question_counts (
     guild_key TEXT NOT NULL,
     day INTEGER NOT NULL,
     outcome TEXT NOT NULL,
     lang TEXT NOT NULL,
     knowledge_hash TEXT NOT NULL,
     n BIGINT NOT NULL,
     loaded_at BIGINT,
     last_at BIGINT NOT NULL,
     PRIMARY KEY (guild_key, day, outcome, lang, knowledge_hash)
   );
   INSERT INTO question_counts (guild_key, day, outcome, lang, knowledge_hash, n, loaded_at, last_at)
     SELECT coalesce(guild_id, ''), (at / ${DAY_MS})::int, outcome, lang, coalesce(knowledge_hash, ''), count(*),
            min(knowledge_loaded_at), max(at)
     FROM questions GROUP BY 1, 2, 3, 4, 5;
   CREATE FUNCTION question_counts_add() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     -- In key order, so that replicas adding to the same days lock them in the same order.
     INSERT INTO question_counts AS c (guild_key, day, outcome, lang, knowledge_hash, n, loaded_at, last_at)
       SELECT coalesce(guild_id, ''), (at / ${DAY_MS})::int, outcome, lang, coalesce(knowledge_hash, ''), count(*),
              min(knowledge_loaded_at), max(at)
       FROM new_questions GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
     ON CONFLICT (guild_key, day, outcome, lang, knowledge_hash) DO UPDATE SET
       n = c.n + excluded.n,
       loaded_at = least(c.loaded_at, excluded.loaded_at),
       last_at = greatest(c.last_at, excluded.last_at);
     RETURN NULL;
   END
   $$;
   CREATE TRIGGER questions_count AFTER INSERT ON questions REFERENCING NEW TABLE AS new_questions
     FOR EACH STATEMENT EXECUTE FUNCTION question_counts_add();
   DROP INDEX questions_counts;
   CREATE INDEX questions_unanswered_text ON questions (guild_id, question, lang)
     INCLUDE (at, nearest_fact_id) WHERE outcome <> 'answered';`,
];
