using Microsoft.Extensions.Logging;

namespace AssessAgent.Store;

/// <summary>
/// The store's log messages. They name assessments by id and count things; candidate names, questions and
/// answers never appear at Information or above.
/// </summary>
internal static partial class StoreLog
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Information,
        Message = "Stored assessment {AssessmentId} with {QuestionCount} questions (embeddings: {EmbeddingModel})")]
    public static partial void Saved(ILogger logger, string assessmentId, int questionCount, string? embeddingModel);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Information,
        Message = "Assessment already stored as {AssessmentId}; nothing written")]
    public static partial void AlreadyStored(ILogger logger, string assessmentId);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Information,
        Message = "Deleted assessment {AssessmentId} with its transcript, questions and embeddings")]
    public static partial void Deleted(ILogger logger, string assessmentId);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Information,
        Message = "Store schema migrated from version {FromVersion} to {ToVersion}")]
    public static partial void SchemaMigrated(ILogger logger, int fromVersion, int toVersion);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Warning,
        Message = "Embedding assessment {AssessmentId} failed; it is stored without vectors until the next search")]
    public static partial void EmbeddingFailed(ILogger logger, Exception exception, string assessmentId);

    [LoggerMessage(EventId = 4105, Level = LogLevel.Information,
        Message = "Embedded {QuestionCount} stored questions with {EmbeddingModel}")]
    public static partial void Reembedded(ILogger logger, int questionCount, string embeddingModel);

    [LoggerMessage(EventId = 4106, Level = LogLevel.Debug,
        Message = "Search: {KeywordMatches} keyword matches, {SimilarityMatches} similarity matches, {Hits} hits")]
    public static partial void Searched(ILogger logger, int keywordMatches, int similarityMatches, int hits);

    [LoggerMessage(EventId = 4107, Level = LogLevel.Information,
        Message = "Search index loaded: {VectorCount} vectors of {AssessmentCount} assessments, {Megabytes} MB, " +
            "in {ElapsedMilliseconds} ms")]
    public static partial void VectorIndexLoaded(
        ILogger logger, int vectorCount, int assessmentCount, long megabytes, long elapsedMilliseconds);

    [LoggerMessage(EventId = 4108, Level = LogLevel.Debug,
        Message = "Search index followed changes to {AssessmentCount} assessments; it holds {VectorCount} vectors")]
    public static partial void VectorIndexUpdated(ILogger logger, int assessmentCount, int vectorCount);

    [LoggerMessage(EventId = 4110, Level = LogLevel.Debug,
        Message = "Answer ranking: {QuestionCount} stored questions taken as one, {AnswerCount} answers ranked")]
    public static partial void Ranked(ILogger logger, int questionCount, int answerCount);
}
