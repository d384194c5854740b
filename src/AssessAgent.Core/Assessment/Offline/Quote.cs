namespace AssessAgent.Assessment.Offline;

/// <summary>Short quotations of an answer for reasons and feedback.</summary>
internal static class Quote
{
    /// <summary>The text cut at a word boundary to at most <paramref name="maxLength"/> characters.</summary>
    public static string Short(string text, int maxLength = 90)
    {
        var trimmed = text.Trim();
        if (trimmed.Length <= maxLength)
        {
            return trimmed;
        }

        var cut = trimmed.LastIndexOf(' ', maxLength - 3);

        return trimmed[..(cut > maxLength / 2 ? cut : maxLength - 3)].TrimEnd(',', ';', ':') + "...";
    }
}
