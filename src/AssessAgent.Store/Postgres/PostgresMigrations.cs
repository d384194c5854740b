using AssessAgent.Store.Migrations;

namespace AssessAgent.Store.Postgres;

/// <summary>The PostgreSQL schema, step by step, in step with <c>SqliteMigrations</c>.</summary>
internal static class PostgresMigrations
{
    public const string VersionTable = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version integer PRIMARY KEY,
            description text NOT NULL,
            applied_at timestamptz NOT NULL)
        """;

    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "assessments, transcripts, questions and embeddings",
        [
            """
            CREATE TABLE assessments (
                id text PRIMARY KEY,
                dedupe_key text NOT NULL UNIQUE,
                content_hash text NOT NULL,
                candidate text,
                position text,
                interview_date date,
                assessment_day date NOT NULL,
                recommendation text NOT NULL,
                confidence double precision NOT NULL,
                mean_score double precision,
                question_count integer NOT NULL,
                assessor text NOT NULL,
                model text,
                prompt_version text,
                generated_at timestamptz NOT NULL,
                stored_at timestamptz NOT NULL,
                report_json text NOT NULL)
            """,
            "CREATE INDEX ix_assessments_candidate ON assessments (candidate)",
            "CREATE INDEX ix_assessments_day ON assessments (assessment_day)",
            """
            CREATE TABLE transcripts (
                assessment_id text PRIMARY KEY REFERENCES assessments (id) ON DELETE CASCADE,
                transcript_json text NOT NULL)
            """,
            """
            CREATE TABLE questions (
                assessment_id text NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
                question_id text NOT NULL,
                ordinal integer NOT NULL,
                section text NOT NULL,
                section_kind text NOT NULL,
                question text NOT NULL,
                answer text,
                feedback text NOT NULL,
                score integer NOT NULL,
                relevance text NOT NULL,
                asked_at_ms bigint,
                answered_until_ms bigint,
                PRIMARY KEY (assessment_id, question_id))
            """,
            """
            CREATE TABLE embeddings (
                assessment_id text NOT NULL,
                question_id text NOT NULL,
                kind text NOT NULL,
                model text NOT NULL,
                dimensions integer NOT NULL,
                vector bytea NOT NULL,
                PRIMARY KEY (assessment_id, question_id, kind),
                FOREIGN KEY (assessment_id, question_id) REFERENCES questions (assessment_id, question_id)
                    ON DELETE CASCADE)
            """,
        ]),
        new(2, "full-text index of questions, answers and feedback (tsvector)",
        [
            """
            ALTER TABLE questions ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
                setweight(to_tsvector('english', question), 'A')
                || setweight(to_tsvector('english', COALESCE(answer, '')), 'B')
                || setweight(to_tsvector('english', feedback), 'C')) STORED
            """,
            "CREATE INDEX ix_questions_search ON questions USING GIN (search_vector)",
        ]),
        new(3, "log of assessments whose vectors changed, for in-memory search indexes to follow",
        [
            """
            CREATE TABLE vector_changes (
                seq bigserial PRIMARY KEY,
                assessment_id text NOT NULL)
            """,
        ]),
    ];
}
