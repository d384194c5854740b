using System.Text;
using AssessAgent.Reading.Json;
using AssessAgent.Reading.Markdown;
using AssessAgent.Reading.Report;
using AssessAgent.Reading.Text;
using AssessAgent.Reading.WebVtt;
using AssessAgent.Transcripts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AssessAgent.Reading;

/// <summary>
/// Reads an interview transcript from a file in any supported format (see <see cref="TranscriptFormat"/>),
/// detecting the format by content first and extension second. Every problem with the input is reported as a
/// <see cref="TranscriptReadException"/> whose one-line message names the file.
/// </summary>
public sealed class TranscriptLoader
{
    private readonly IReadOnlyList<ITranscriptReader> readers;
    private readonly ILogger logger;

    /// <summary>Creates a loader that logs what it read to <paramref name="logger"/>, when given.</summary>
    public TranscriptLoader(ILogger<TranscriptLoader>? logger = null)
    {
        this.logger = logger ?? (ILogger)NullLogger.Instance;

        // Detection asks the readers in this order; the more specific content signatures come first.
        readers =
        [
            new WebVttReader(), new SegmentsJsonReader(), new JsonTranscriptReader(), new AssessmentReportReader(),
            new MarkdownTranscriptReader(), new SpeakerTextReader(),
        ];
    }

    /// <summary>A one-line list of the formats this loader reads, with their extensions.</summary>
    public static string SupportedFormatsDescription =>
        "JSON transcript (.json), speech-to-text segments JSON (.json), Markdown (.md, .markdown), " +
        "speaker-labelled text (.txt), WebVTT (.vtt), earlier assessment report text (.txt)";

    /// <summary>Reads the transcript in the file at <paramref name="path"/>.</summary>
    /// <exception cref="TranscriptReadException">
    /// The file is missing, too large, empty or not a valid transcript.
    /// </exception>
    public Transcript Load(string path, TranscriptReadOptions? options = null)
    {
        options ??= TranscriptReadOptions.Default;
        var file = new FileInfo(path);

        if (!file.Exists)
        {
            throw TranscriptReadException.InFile(path,
                Directory.Exists(path) ? "is a folder, not a transcript file" : "file not found");
        }

        RefuseOverLimit(path, file.Length, options);

        return LoadText(ReadAllText(path), path, options);
    }

    /// <summary>
    /// Reads a transcript from text already in memory, named <paramref name="sourceName"/> in errors.
    /// </summary>
    /// <exception cref="TranscriptReadException">The text is too large, empty or not a valid transcript.</exception>
    public Transcript LoadText(string text, string sourceName, TranscriptReadOptions? options = null)
    {
        options ??= TranscriptReadOptions.Default;
        RefuseOverLimit(sourceName, Encoding.UTF8.GetByteCount(text), options);

        var input = new TranscriptInput(sourceName, text);
        if (input.Start.IsEmpty)
        {
            throw TranscriptReadException.InFile(sourceName, "the file is empty");
        }

        var reader = ChooseReader(input, options);
        var transcript = reader.Read(input, options);
        if (!transcript.AllQuestions.Any())
        {
            throw TranscriptReadException.InFile(sourceName,
                $"no questions found (read as {FormatNames.Describe(reader.Format)})");
        }

        TranscriptLoaderLog.Read(logger, sourceName, FormatNames.Name(reader.Format), transcript.Sections.Count,
            transcript.AllQuestions.Count());

        return transcript with { Source = new TranscriptSource(sourceName, FormatNames.Name(reader.Format)) };
    }

    /// <summary>The format the input would be read as, or <see langword="null"/> when it is not recognized.</summary>
    public TranscriptFormat? DetectFormat(string text, string sourceName)
    {
        var input = new TranscriptInput(sourceName, text);

        return (readers.FirstOrDefault(reader => reader.RecognizesContent(input))
            ?? readers.FirstOrDefault(reader => reader.Extensions.Contains(input.Extension)))?.Format;
    }

    private ITranscriptReader ChooseReader(TranscriptInput input, TranscriptReadOptions options)
    {
        if (options.Format is { } forced)
        {
            return readers.First(reader => reader.Format == forced);
        }

        var reader = readers.FirstOrDefault(candidate => candidate.RecognizesContent(input))
            ?? readers.FirstOrDefault(candidate => candidate.Extensions.Contains(input.Extension));

        return reader ?? throw TranscriptReadException.InFile(input.DisplayPath,
            $"unknown transcript format; supported formats are {SupportedFormatsDescription}");
    }

    private static string ReadAllText(string path)
    {
        try
        {
            return File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw TranscriptReadException.InFile(path, $"cannot be read: {exception.Message}", exception);
        }
    }

    private static void RefuseOverLimit(string name, long size, TranscriptReadOptions options)
    {
        if (size > options.MaxInputBytes)
        {
            throw TranscriptReadException.InFile(name,
                $"the input is {ByteSizes.Describe(size)}, over the {ByteSizes.Describe(options.MaxInputBytes)} " +
                "limit for a transcript");
        }
    }
}
