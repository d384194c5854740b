using AssessAgent.Assessment;
using AssessAgent.Store;
using AssessAgent.Store.Sql;

namespace AssessAgent.Tests.Store;

/// <summary>
/// What every backend of the store must do. Each backend runs these through a subclass; the PostgreSQL one
/// skips when no test database is configured.
/// </summary>
public abstract class AssessmentStoreContractTests : IAsyncLifetime
{
    private StoreBackend _backend = null!;

    protected StoreBackend Backend => _backend;

    protected abstract StoreBackend CreateBackend();

    public Task InitializeAsync()
    {
        _backend = CreateBackend();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _backend.DisposeAsync();

    [BackendFact]
    public async Task Save_ThenGet_ReturnsReportTranscriptAndProvenanceAsSaved()
    {
        var store = Backend.CreateStore();
        var (report, transcript) = StoreSamples.Interview();

        var saved = await store.SaveAsync(report, transcript);
        var stored = await store.GetAsync(saved.Id);

        Assert.False(saved.AlreadyStored);
        Assert.NotNull(stored);
        Assert.Equal(report.Provenance.GeneratedAt, stored.Report.Provenance.GeneratedAt);
        Assert.Equal(report.Provenance with { Notes = [] }, stored.Report.Provenance with { Notes = [] });
        Assert.Equal(report.Provenance.Notes, stored.Report.Provenance.Notes);
        Assert.Equal(report.Header, stored.Report.Header);
        Assert.Equal(report.Recommendation.Decision, stored.Report.Recommendation.Decision);
        Assert.Equal(
            report.AllQuestions.Select(question => (question.QuestionId, question.Answer, question.Score)),
            stored.Report.AllQuestions.Select(question => (question.QuestionId, question.Answer, question.Score)));
        Assert.Equal(
            report.AllQuestions.Select(question => question.Timestamps),
            stored.Report.AllQuestions.Select(question => question.Timestamps));
        Assert.NotNull(stored.Transcript);
        Assert.Equal(transcript.Candidate, stored.Transcript.Candidate);
        Assert.Equal(
            transcript.AllQuestions.Select(question => question.AskedAt),
            stored.Transcript.AllQuestions.Select(question => question.AskedAt));
    }

    [BackendFact]
    public async Task Get_UnknownId_ReturnsNull()
    {
        var store = Backend.CreateStore();

        Assert.Null(await store.GetAsync("000000000000"));
    }

    [BackendFact]
    public async Task Save_SameTranscriptModelAndPromptTwice_StoresItOnce()
    {
        var store = Backend.CreateStore();
        var (report, transcript) = StoreSamples.Interview();
        var later = report with { Provenance = report.Provenance with { GeneratedAt = DateTimeOffset.UnixEpoch } };

        var first = await store.SaveAsync(report, transcript);
        var second = await store.SaveAsync(later, transcript with { Source = new("/elsewhere/copy.json", "json") });

        Assert.True(second.AlreadyStored);
        Assert.Equal(first.Id, second.Id);
        Assert.Equal(1, (await store.ListAsync(AssessmentQuery.FirstPage)).TotalCount);
    }

    [BackendFact]
    public async Task Save_SameTranscriptWithAnotherPromptVersionOrModel_StoresEach()
    {
        var store = Backend.CreateStore();
        var (offline, transcript) = StoreSamples.Interview(promptVersion: "v1");
        var (newPrompt, _) = StoreSamples.Interview(promptVersion: "v2");
        var (otherModel, _) = StoreSamples.Interview(promptVersion: "v1", model: "llama3.1:8b");

        var ids = new[]
        {
            (await store.SaveAsync(offline, transcript)).Id,
            (await store.SaveAsync(newPrompt, transcript)).Id,
            (await store.SaveAsync(otherModel, transcript)).Id,
        };

        Assert.Equal(3, ids.Distinct().Count());
        Assert.Equal(3, (await store.ListAsync(AssessmentQuery.FirstPage)).TotalCount);
    }

    [BackendFact]
    public async Task Save_ConcurrentlyFromSeveralTasksDuringALongRead_LosesNothing()
    {
        var (seed, seedTranscript) = StoreSamples.Interview(candidate: "Seed Candidate");
        await Backend.CreateStore().SaveAsync(seed, seedTranscript);

        // A reader holds its snapshot open over all the writes, as an export of a large store would.
        await using var reader = await Backend.OpenAsync();
        await using var readTransaction = await Backend.BeginReadAsync(reader);
        var before = await SqlCommands.ScalarAsync(
            reader, readTransaction, "SELECT COUNT(*) FROM assessments", default);

        const int writers = 6;
        const int savesPerWriter = 5;
        var saves = Enumerable.Range(0, writers).Select(writer => Task.Run(async () =>
        {
            // Each writer has its own store instance, as separate requests or processes would.
            var store = Backend.CreateStore(new FakeEmbeddingGenerator());
            var ids = new List<string>();
            for (var index = 0; index < savesPerWriter; index++)
            {
                var (report, transcript) = StoreSamples.Interview(candidate: $"Candidate {writer}-{index}");
                ids.Add((await store.SaveAsync(report, transcript)).Id);
            }

            return ids;
        }));
        var saved = (await Task.WhenAll(saves)).SelectMany(ids => ids).ToList();
        await readTransaction.CommitAsync();

        var listed = await Backend.CreateStore().ListAsync(new AssessmentQuery(AssessmentFilter.All, Take: 100));
        Assert.Equal(1L, Convert.ToInt64(before));
        Assert.Equal(writers * savesPerWriter, saved.Distinct().Count());
        Assert.Equal(writers * savesPerWriter + 1, listed.TotalCount);
        Assert.Equal(
            (writers * savesPerWriter + 1) * StoreSamples.BackendInterview.Length,
            await Backend.CountAsync("SELECT COUNT(*) FROM questions"));
    }

    [BackendFact]
    public async Task Save_SameInterviewConcurrently_StoresItOnce()
    {
        var (report, transcript) = StoreSamples.Interview();

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(
            () => Backend.CreateStore().SaveAsync(report, transcript))));

        Assert.Single(results.Select(result => result.Id).Distinct());
        Assert.Single(results, result => !result.AlreadyStored);
        Assert.Equal(1, await Backend.CountAsync("SELECT COUNT(*) FROM assessments"));
    }

    [BackendFact]
    public async Task Restore_IdThatIsFree_KeepsTheIdAndTheTimeOfSaving()
    {
        var store = Backend.CreateStore();
        var (report, transcript) = StoreSamples.Interview();
        var storedAt = new DateTimeOffset(2026, 3, 14, 9, 26, 53, TimeSpan.Zero);

        var saved = await store.RestoreAsync(report, transcript, "0123456789ab", storedAt);
        var stored = await store.GetAsync("0123456789ab");

        Assert.Equal(new SaveResult("0123456789ab", AlreadyStored: false), saved);
        Assert.NotNull(stored);
        Assert.Equal(storedAt, stored.StoredAt);
        Assert.Equal(storedAt, Assert.Single((await store.ListAsync(AssessmentQuery.FirstPage)).Items).StoredAt);
    }

    [BackendFact]
    public async Task Restore_IdAnotherAssessmentHoldsOrNoId_SavesUnderANewIdAndLeavesTheOtherAlone()
    {
        var store = Backend.CreateStore();
        var (first, firstTranscript) = StoreSamples.Interview("Ada Example");
        var (second, secondTranscript) = StoreSamples.Interview("Bo Sample");
        var (third, thirdTranscript) = StoreSamples.Interview("Cy Trial");
        var holder = await store.SaveAsync(first, firstTranscript);

        var taken = await store.RestoreAsync(second, secondTranscript, holder.Id, null);
        var malformed = await store.RestoreAsync(third, thirdTranscript, "'; DROP TABLE", null);

        Assert.NotEqual(holder.Id, taken.Id);
        Assert.False(taken.AlreadyStored);
        Assert.Equal("Ada Example", (await store.GetAsync(holder.Id))!.Report.Header.Candidate);
        Assert.Equal("Bo Sample", (await store.GetAsync(taken.Id))!.Report.Header.Candidate);
        Assert.Matches("^[0-9a-f]{12}$", malformed.Id);
        Assert.Equal(3, (await store.ListAsync(AssessmentQuery.FirstPage)).TotalCount);
    }

    [BackendFact]
    public async Task List_WithFilters_ReturnsOnlyMatchingAssessmentsNewestFirstInPages()
    {
        var store = Backend.CreateStore();
        await SaveAsync(store, "Ada Example", "Backend Engineer", new DateOnly(2026, 10, 1), HiringDecision.Hire);
        await SaveAsync(store, "Bo Sample", "Backend Engineer", new DateOnly(2026, 10, 15), HiringDecision.NoHire);
        await SaveAsync(store, "Cy Trial", "Data_Analyst 100%", new DateOnly(2026, 11, 1), HiringDecision.Hire);

        var byCandidate = await store.ListAsync(new(new AssessmentFilter { Candidate = "ADA" }));
        var byPosition = await store.ListAsync(new(new AssessmentFilter { Position = "backend" }));
        var byLiteralPattern = await store.ListAsync(new(new AssessmentFilter { Position = "a_analyst 100%" }));
        var noLikeWildcard = await store.ListAsync(new(new AssessmentFilter { Position = "backend%" }));
        var byDates = await store.ListAsync(new(new AssessmentFilter
        {
            From = new DateOnly(2026, 10, 10), To = new DateOnly(2026, 10, 31),
        }));
        var byRecommendation = await store.ListAsync(
            new(new AssessmentFilter { Recommendation = HiringDecision.Hire }));
        var secondPage = await store.ListAsync(new(AssessmentFilter.All, Skip: 1, Take: 1));

        Assert.Equal(["Ada Example"], byCandidate.Items.Select(item => item.Candidate));
        Assert.Equal(2, byPosition.TotalCount);
        Assert.Equal(["Cy Trial"], byLiteralPattern.Items.Select(item => item.Candidate));
        Assert.Empty(noLikeWildcard.Items);
        Assert.Equal(["Bo Sample"], byDates.Items.Select(item => item.Candidate));
        Assert.Equal(["Ada Example", "Cy Trial"], byRecommendation.Items.Select(item => item.Candidate).Order());
        Assert.Equal(3, secondPage.TotalCount);
        Assert.Equal(["Bo Sample"], secondPage.Items.Select(item => item.Candidate));
        Assert.Equal(4, secondPage.Items[0].QuestionCount);
        Assert.Equal(StoreSamples.BackendInterview.Average(question => question.Score), secondPage.Items[0].MeanScore);
    }

    [BackendFact]
    public async Task Delete_StoredAssessment_LeavesNoRowOfItBehind()
    {
        var store = Backend.CreateStore(new FakeEmbeddingGenerator());
        var (kept, keptTranscript) = StoreSamples.Interview(candidate: "Kept Candidate");
        var (gone, goneTranscript) = StoreSamples.Interview(candidate: "Gone Candidate");
        var keptId = (await store.SaveAsync(kept, keptTranscript)).Id;
        var goneId = (await store.SaveAsync(gone, goneTranscript)).Id;
        Assert.True(await Backend.CountAsync(
            "SELECT COUNT(*) FROM embeddings WHERE assessment_id = @id", ("@id", goneId)) > 0);

        var deleted = await store.DeleteAsync(goneId);
        var deletedAgain = await store.DeleteAsync(goneId);

        Assert.True(deleted);
        Assert.False(deletedAgain);
        Assert.Null(await store.GetAsync(goneId));
        foreach (var (table, column) in TablesHoldingAssessments)
        {
            Assert.Equal(0, await Backend.CountAsync(
                $"SELECT COUNT(*) FROM {table} WHERE {column} = @id", ("@id", goneId)));
        }

        Assert.NotNull(await store.GetAsync(keptId));
        var hits = await store.SearchAsync(new("Gone Candidate database replicas"));
        Assert.All(hits, hit => Assert.Equal(keptId, hit.AssessmentId));
    }

    [BackendFact]
    public async Task Export_WithFilter_ReturnsEveryMatchingAssessmentWithItsTranscript()
    {
        var store = Backend.CreateStore();
        await SaveAsync(store, "Ada Example", "Backend Engineer", new DateOnly(2026, 10, 1), HiringDecision.Hire);
        await SaveAsync(store, "Bo Sample", "Designer", new DateOnly(2026, 10, 2), HiringDecision.NoHire);

        var all = await store.ExportAsync().ToListAsync();
        var designers = await store.ExportAsync(new AssessmentFilter { Position = "designer" }).ToListAsync();

        Assert.Equal(2, all.Count);
        Assert.All(all, stored => Assert.NotNull(stored.Transcript));
        Assert.Equal(["Bo Sample"], designers.Select(stored => stored.Report.Header.Candidate));
    }

    [BackendFact]
    public async Task Migrate_EmptyDatabase_ReachesLatestVersion()
    {
        var store = Backend.CreateStore();

        await store.MigrateAsync();
        await store.MigrateAsync();

        Assert.Equal(store.LatestSchemaVersion, await store.GetSchemaVersionAsync());
        Assert.Equal(store.LatestSchemaVersion, await Backend.CountAsync("SELECT COUNT(*) FROM schema_migrations"));
    }

    [BackendFact]
    public async Task Migrate_FromVersionOneWithRows_KeepsThemAndIndexesThemForKeywordSearch()
    {
        var older = Backend.CreateStore();
        await older.MigrateAsync(targetVersion: 1);
        await InsertVersionOneRowsAsync();

        var current = Backend.CreateStore();
        var stored = await current.GetAsync("0123456789ab");
        var hits = await current.SearchAsync(new("kubernetes rollout"));

        Assert.Equal(current.LatestSchemaVersion, await current.GetSchemaVersionAsync());
        Assert.NotNull(stored);
        Assert.Equal("Old Candidate", stored.Report.Header.Candidate);
        Assert.Equal("technical-1", Assert.Single(hits).QuestionId);
    }

    /// <summary>Every table that holds rows of an assessment, with the column that names it.</summary>
    protected static IReadOnlyList<(string Table, string Column)> TablesHoldingAssessments { get; } =
    [
        ("assessments", "id"),
        ("transcripts", "assessment_id"),
        ("questions", "assessment_id"),
        ("embeddings", "assessment_id"),
    ];

    private protected static async Task<string> SaveAsync(
        IAssessmentStore store,
        string candidate,
        string position,
        DateOnly date,
        HiringDecision decision,
        IReadOnlyList<SampleQuestion>? questions = null)
    {
        var (report, transcript) = StoreSamples.Interview(candidate, position, date, decision, questions: questions);

        return (await store.SaveAsync(report, transcript)).Id;
    }

    /// <summary>Writes rows the way a version-1 store did, before the full-text index existed.</summary>
    private async Task InsertVersionOneRowsAsync()
    {
        var (report, _) = StoreSamples.Interview(candidate: "Old Candidate");
        var json = AssessAgent.Store.Serialization.StoreJson.Serialize(report);
        await using var connection = await Backend.OpenAsync();

        await SqlCommands.ExecuteAsync(
            connection, null,
            """
            INSERT INTO assessments (id, dedupe_key, content_hash, candidate, position, interview_date,
                assessment_day, recommendation, confidence, mean_score, question_count, assessor, model,
                prompt_version, generated_at, stored_at, report_json)
            VALUES ('0123456789ab', 'old-key', 'old-hash', 'Old Candidate', 'SRE', @day, @day, 'Hire', 0.6, 70, 1,
                'offline', NULL, 'v0', @at, @at, @json)
            """,
            default,
            ("@day", new DateOnly(2025, 5, 1)), ("@at", DateTimeOffset.UnixEpoch), ("@json", json));
        await SqlCommands.ExecuteAsync(
            connection, null,
            """
            INSERT INTO questions (assessment_id, question_id, ordinal, section, section_kind, question, answer,
                feedback, score, relevance, asked_at_ms, answered_until_ms)
            VALUES ('0123456789ab', 'technical-1', 0, 'Technical', 'Technical', 'How do you ship safely?',
                'A staged Kubernetes rollout with automatic rollback.', '', 70, 'Relevant', NULL, NULL)
            """,
            default);
    }
}
