namespace AssessAgent.Store.Migrations;

/// <summary>One step of the schema: applied once, in order, inside a transaction with the others pending.</summary>
/// <param name="Version">The schema version this step brings the database to; versions count up from 1.</param>
/// <param name="Description">What the step does, as recorded in <c>schema_migrations</c>.</param>
/// <param name="Statements">The SQL statements, run in order.</param>
public sealed record Migration(int Version, string Description, IReadOnlyList<string> Statements);
