using AssessAgent.Store.Migrations;

namespace AssessAgent.Store.Sqlite;

/// <summary>The SQLite schema, step by step. Append new steps; never edit one that has shipped.</summary>
internal static class SqliteMigrations
{
    public const string VersionTable = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version INTEGER PRIMARY KEY,
            description TEXT NOT NULL,
            applied_at TEXT NOT NULL)
        """;

    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "assessments, transcripts, questions and embeddings",
        [
            """
            CREATE TABLE assessments (
                id TEXT PRIMARY KEY,
                dedupe_key TEXT NOT NULL UNIQUE,
                content_hash TEXT NOT NULL,
                candidate TEXT,
                position TEXT,
                interview_date TEXT,
                assessment_day TEXT NOT NULL,
                recommendation TEXT NOT NULL,
                confidence REAL NOT NULL,
                mean_score REAL,
                question_count INTEGER NOT NULL,
                assessor TEXT NOT NULL,
                model TEXT,
                prompt_version TEXT,
                generated_at TEXT NOT NULL,
                stored_at TEXT NOT NULL,
                report_json TEXT NOT NULL)
            """,
            "CREATE INDEX ix_assessments_candidate ON assessments (candidate)",
            "CREATE INDEX ix_assessments_day ON assessments (assessment_day)",
            """
            CREATE TABLE transcripts (
                assessment_id TEXT PRIMARY KEY REFERENCES assessments (id) ON DELETE CASCADE,
                transcript_json TEXT NOT NULL)
            """,
            """
            CREATE TABLE questions (
                assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
                question_id TEXT NOT NULL,
                ordinal INTEGER NOT NULL,
                section TEXT NOT NULL,
                section_kind TEXT NOT NULL,
                question TEXT NOT NULL,
                answer TEXT,
                feedback TEXT NOT NULL,
                score INTEGER NOT NULL,
                relevance TEXT NOT NULL,
                asked_at_ms INTEGER,
                answered_until_ms INTEGER,
                PRIMARY KEY (assessment_id, question_id))
            """,
            """
            CREATE TABLE embeddings (
                assessment_id TEXT NOT NULL,
                question_id TEXT NOT NULL,
                kind TEXT NOT NULL,
                model TEXT NOT NULL,
                dimensions INTEGER NOT NULL,
                vector BLOB NOT NULL,
                PRIMARY KEY (assessment_id, question_id, kind),
                FOREIGN KEY (assessment_id, question_id) REFERENCES questions (assessment_id, question_id)
                    ON DELETE CASCADE)
            """,
        ]),
        new(2, "full-text index of questions, answers and feedback (FTS5)",
        [
            """
            CREATE VIRTUAL TABLE questions_fts USING fts5(
                assessment_id UNINDEXED,
                question_id UNINDEXED,
                question,
                answer,
                feedback,
                tokenize = 'porter unicode61')
            """,
            """
            INSERT INTO questions_fts (assessment_id, question_id, question, answer, feedback)
            SELECT assessment_id, question_id, question, COALESCE(answer, ''), feedback FROM questions
            """,
        ]),
        new(3, "log of assessments whose vectors changed, for in-memory search indexes to follow",
        [
            """
            CREATE TABLE vector_changes (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                assessment_id TEXT NOT NULL)
            """,
        ]),
        // An assessment's row holds its whole report, so a filter scanning the table read every report's first
        // page; this index holds every column a filter tests, so filters scan it instead of the reports, and a date
        // range reads only its part of it.
        new(4, "index covering the filterable columns",
        [
            """
            CREATE INDEX ix_assessments_filter
                ON assessments (assessment_day, candidate, position, recommendation, id)
            """,
        ]),
    ];
}
