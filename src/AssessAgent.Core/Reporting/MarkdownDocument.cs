namespace AssessAgent.Reporting;

/// <summary>
/// Writes Markdown blocks separated by one blank line, with "\n" line ends whatever the platform. Its callers pass
/// text already escaped with <see cref="MarkdownText"/>.
/// </summary>
internal sealed class MarkdownDocument(TextWriter output)
{
    private bool hasBlocks;

    public void Heading(int level, string text) => Block($"{new string('#', level)} {text}");

    public void Paragraph(string text) => Block(text);

    public void Bullets(IEnumerable<string> items) => Block(string.Join('\n', items.Select(item => "- " + item)));

    public void Numbered(IEnumerable<string> items) =>
        Block(string.Join('\n', items.Select((item, index) => $"{index + 1}. {item}")));

    public void Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        var lines = new List<string>
        {
            Row(headers),
            Row(headers.Select(_ => "---").ToList()),
        };
        lines.AddRange(rows.Select(Row));

        Block(string.Join('\n', lines));
    }

    private static string Row(IReadOnlyList<string> cells) => $"| {string.Join(" | ", cells)} |";

    private void Block(string text)
    {
        if (hasBlocks)
        {
            output.Write('\n');
        }

        output.Write(text);
        output.Write('\n');
        hasBlocks = true;
    }
}
