namespace AssessAgent.Reading.Conversations;

/// <summary>
/// Joins consecutive pieces of one speaker into one turn, since captions split a sentence over several cues and
/// segmenters cut at pauses. The merged turn keeps the first piece's start and line and the last piece's end.
/// </summary>
internal static class TurnMerger
{
    public static List<SpokenTurn> Merge(IEnumerable<SpokenTurn> pieces)
    {
        var turns = new List<SpokenTurn>();

        foreach (var piece in pieces.Where(piece => !string.IsNullOrWhiteSpace(piece.Text)))
        {
            var text = piece.Text.Trim();
            if (turns.Count > 0 && SameSpeaker(turns[^1].Speaker, piece.Speaker))
            {
                var previous = turns[^1];
                turns[^1] = previous with { Text = previous.Text + " " + text, End = piece.End ?? previous.End };
                continue;
            }

            turns.Add(piece with { Text = text });
        }

        return turns;
    }

    /// <summary>Whether two labels name the same speaker: equal but for case and spacing.</summary>
    public static bool SameSpeaker(string first, string second) =>
        string.Equals(Normalize(first), Normalize(second), StringComparison.OrdinalIgnoreCase);

    /// <summary>The label with its spacing made single.</summary>
    public static string Normalize(string label) =>
        string.Join(' ', label.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
