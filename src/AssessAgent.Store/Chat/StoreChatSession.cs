using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace AssessAgent.Store.Chat;

/// <summary>
/// A conversation about the store: questions to the model's <see cref="AssessmentChat"/> when there is one, else to
/// the <see cref="RetrievalAnswerer"/>, and slash commands always to the retrieval answerer.
/// </summary>
public sealed class StoreChatSession : IStoreChatSession
{
    private readonly AssessmentChat? _model;
    private readonly RetrievalAnswerer _retrieval;
    private readonly List<ChatExchange> _history = [];

    /// <param name="model">The model's chat, or <see langword="null"/> to answer by retrieval alone.</param>
    /// <param name="retrieval">The answerer of slash commands, and of questions without a model.</param>
    /// <param name="notice">Why there is no model, when the provider <c>auto</c> fell back.</param>
    public StoreChatSession(AssessmentChat? model, RetrievalAnswerer retrieval, string? notice = null)
    {
        _model = model;
        _retrieval = retrieval;
        Notice = notice;
    }

    /// <inheritdoc/>
    public string AnsweredBy => _model?.ModelName ?? RetrievalAnswerer.AnsweredBy;

    /// <inheritdoc/>
    public string? Notice { get; }

    /// <inheritdoc/>
    public IReadOnlyList<ChatExchange> History => _history;

    /// <inheritdoc/>
    public async Task<ChatAnswer> AskAsync(string input, CancellationToken cancellationToken = default)
    {
        var question = input.Trim();
        var answer = IsHistoryCommand(question) ? DescribeHistory()
            : _model is null || IsCommand(question) ? await _retrieval.AnswerAsync(question, cancellationToken)
            : await _model.AskAsync(question, cancellationToken);

        _history.Add(new ChatExchange(question, answer));

        return answer;
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<ChatAnswerUpdate> AskStreamingAsync(
        string input,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var question = input.Trim();
        if (_model is null || IsCommand(question))
        {
            var whole = await AskAsync(question, cancellationToken);
            yield return new ChatAnswerUpdate(whole.Text);
            yield return ChatAnswerUpdate.Final(whole);
            yield break;
        }

        await foreach (var update in _model.StreamAsync(question, cancellationToken))
        {
            if (update.Answer is { } answer)
            {
                _history.Add(new ChatExchange(question, answer));
            }

            yield return update;
        }
    }

    private static bool IsCommand(string question) => question.StartsWith('/');

    private static bool IsHistoryCommand(string question) =>
        string.Equals(question, "/history", StringComparison.OrdinalIgnoreCase);

    private static string Citations(int count) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} citation{(count == 1 ? "" : "s")}");

    private ChatAnswer DescribeHistory()
    {
        if (_history.Count == 0)
        {
            return new ChatAnswer("No questions asked yet in this session.", [], false, AnsweredBy);
        }

        var text = new StringBuilder(
            string.Create(CultureInfo.InvariantCulture, $"{_history.Count} questions in this session:\n"));
        foreach (var (exchange, index) in _history.Select((exchange, index) => (exchange, index + 1)))
        {
            text.Append(CultureInfo.InvariantCulture,
                $"  {index}. {exchange.Question} ({Citations(exchange.Answer.Citations.Count)})\n");
        }

        return new ChatAnswer(text.ToString().TrimEnd(), [], HasEvidence: false, AnsweredBy);
    }
}
