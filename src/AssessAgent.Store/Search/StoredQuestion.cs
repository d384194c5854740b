namespace AssessAgent.Store.Search;

/// <summary>One stored question's text and, when the store embeds, its text's vector.</summary>
internal sealed record StoredQuestion(QuestionKey Key, string Text, float[]? Vector);
