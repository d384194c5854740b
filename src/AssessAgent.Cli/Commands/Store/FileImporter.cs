using System.Text;
using System.Text.Json;
using AssessAgent.Assessment;
using AssessAgent.Cli.Hosting;
using AssessAgent.Reading;
using AssessAgent.Reporting;
using AssessAgent.Store;
using AssessAgent.Store.Serialization;
using AssessAgent.Transcripts;
using Humanizer;
using Microsoft.Extensions.DependencyInjection;

namespace AssessAgent.Cli.Commands.Store;

/// <summary>
/// Imports one file into the store: a transcript is assessed and saved with its report, a JSON report written by
/// AssessAgent is saved as it is, and a store export (JSON Lines) is saved line by line under the ids it had. A
/// report read from a file is not trusted: the report checker reads it again and its findings replace those the
/// file claims, so a hand-edited report is stored with its contradictions shown. A file that cannot be read is
/// counted as failed and named on one line; a broken store or model stops the import.
/// </summary>
internal sealed class FileImporter(IServiceProvider services, ProgressReporter progress, ImportTally tally)
{
    // A report is several times the size of its transcript; the transcript limit applies once it is known to be one.
    private const long MaxReportBytes = 4 * TranscriptReadOptions.DefaultMaxInputBytes;

    private readonly TranscriptLoader _loader = services.GetRequiredService<TranscriptLoader>();
    private readonly IAssessmentStore _store = services.GetRequiredService<IAssessmentStore>();
    private readonly IReportChecker _checker = services.GetService<IReportChecker>() ?? new ReportChecker();

    public async Task ImportAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            if (IsExport(path))
            {
                await ImportExportAsync(path, cancellationToken);
                return;
            }

            var text = ReadText(path);
            if (IsReport(text))
            {
                var imported = new ExportedAssessment(null, JsonReportReader.Parse(text, path), Transcript: null);
                await SaveReportAsync(path, imported, cancellationToken);
                return;
            }

            var transcript = _loader.LoadText(text, path);
            // Resolved on the first transcript only: building the assessor loads the embedding model.
            var assessor = services.GetRequiredService<IInterviewAssessor>();
            var report = await assessor.AssessAsync(transcript, cancellationToken);
            await SaveAsync(path, report, transcript, cancellationToken);
        }
        catch (Exception exception) when (exception is TranscriptReadException or ReportReadException)
        {
            Fail(exception.Message);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Fail($"{path}: cannot be read: {exception.Message}");
        }
    }

    private static bool IsExport(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".jsonl" or ".ndjson";

    private static string ReadText(string path)
    {
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            throw new TranscriptReadException(
                $"{path}: {(Directory.Exists(path) ? "is a folder" : "file not found")}");
        }

        if (file.Length > MaxReportBytes)
        {
            throw new TranscriptReadException(
                $"{path}: the file is {file.Length.Bytes().Humanize()}, over the " +
                $"{MaxReportBytes.Bytes().Humanize()} limit for a transcript or report");
        }

        return File.ReadAllText(path, Encoding.UTF8);
    }

    // A report has provenance; a JSON transcript's schema allows no such member, so the two cannot be confused.
    private static bool IsReport(string text)
    {
        if (!text.AsSpan().TrimStart().StartsWith("{"))
        {
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(text);

            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("provenance", out _);
        }
        catch (JsonException)
        {
            // Left to the transcript reader, whose message names the line.
            return false;
        }
    }

    private async Task ImportExportAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new TranscriptReadException($"{path}: file not found");
        }

        var lineNumber = 0;
        await foreach (var line in File.ReadLinesAsync(path, Encoding.UTF8, cancellationToken))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var name = $"{path}, line {lineNumber}";
            try
            {
                await SaveReportAsync(name, AssessmentJsonLines.Read(line, name), cancellationToken);
            }
            catch (ReportReadException exception)
            {
                Fail(exception.Message);
            }
        }
    }

    private async Task SaveAsync(
        string name,
        AssessmentReport report,
        Transcript? transcript,
        CancellationToken cancellationToken)
    {
        var saved = await _store.SaveAsync(report, transcript, cancellationToken);
        tally.CountSaved(saved.AlreadyStored);
        progress.Step($"{name}: {StoreSaving.Describe(saved)}");
    }

    /// <summary>
    /// Saves a report that was read from a file after checking it again, keeping the id and time of saving an
    /// export gives, and says when the store already held a different report of the same interview.
    /// </summary>
    private async Task SaveReportAsync(string name, ExportedAssessment imported, CancellationToken cancellationToken)
    {
        var findings = _checker.Check(imported.Report);
        var report = imported.Report with { CheckerFindings = findings };
        var saved = await _store.RestoreAsync(
            report, imported.Transcript, imported.Id, imported.StoredAt, cancellationToken);
        tally.CountSaved(saved.AlreadyStored);

        var outcome = saved.AlreadyStored ? await DescribeKeptAsync(saved, report, cancellationToken)
            : imported.Id is not null && imported.Id != saved.Id
                ? $"Saved as assessment {saved.Id} (its exported id {imported.Id} is another stored assessment's)"
            : StoreSaving.Describe(saved);
        progress.Step($"{name}: {outcome}");

        if (findings.Count > 0 && !saved.AlreadyStored)
        {
            progress.Notice($"{name}: the report checker found {"contradiction".ToQuantity(findings.Count)} in " +
                $"this report, stored with it ({findings[0].Message}{(findings.Count > 1 ? " ..." : "")})");
        }
    }

    // The same interview may be stored with a report that differs from the file's (edited, or assessed again);
    // the import never replaces a stored report, so it says which one the store kept.
    private async Task<string> DescribeKeptAsync(
        SaveResult saved,
        AssessmentReport report,
        CancellationToken cancellationToken)
    {
        var stored = await _store.GetAsync(saved.Id, cancellationToken);
        var same = stored is not null
            && JsonReportWriter.SerializeToElement(stored.Report).GetRawText()
                == JsonReportWriter.SerializeToElement(report).GetRawText();

        return same
            ? StoreSaving.Describe(saved)
            : $"Already stored as {saved.Id}; the stored report was kept, and this file's report differs from it " +
                $"(delete {saved.Id} first to store this one instead)";
    }

    private void Fail(string message)
    {
        tally.CountFailed();
        progress.Notice(message);
    }
}
