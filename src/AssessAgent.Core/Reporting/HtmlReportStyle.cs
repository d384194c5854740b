namespace AssessAgent.Reporting;

/// <summary>The HTML report's inline style sheet: readable on screen, printable on A4 or Letter.</summary>
internal static class HtmlReportStyle
{
    public const string Css =
        """
        :root { color-scheme: light; --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --wash: #f6f8fa; }
        * { box-sizing: border-box; }
        body { margin: 0; color: var(--ink); background: #fff;
               font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        .report { max-width: 52rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
        h1 { font-size: 1.8rem; margin: 0 0 1rem; }
        h2 { font-size: 1.35rem; margin: 2.25rem 0 0.75rem; padding-bottom: 0.3rem;
             border-bottom: 1px solid var(--line); }
        h3 { font-size: 1.15rem; margin: 1.75rem 0 0.5rem; }
        h4 { font-size: 1rem; margin: 1.5rem 0 0.5rem; padding: 0.35rem 0.6rem; background: var(--wash);
             border-left: 4px solid var(--line); }
        table { border-collapse: collapse; margin: 0.75rem 0; width: 100%; }
        th, td { border: 1px solid var(--line); padding: 0.35rem 0.6rem; text-align: left; vertical-align: top; }
        th { background: var(--wash); }
        blockquote { margin: 0.5rem 0; padding: 0.5rem 0.9rem; color: var(--muted); background: var(--wash);
                     border-left: 4px solid var(--line); }
        blockquote p { margin: 0.25rem 0; }
        code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.9em;
               background: var(--wash); padding: 0.1em 0.3em; border-radius: 4px; }
        ul, ol { padding-left: 1.5rem; }
        h2#transcript-diagnosis + p { padding: 0.6rem 0.9rem; background: #fff8c5; border-left: 4px solid #d4a72c; }
        @media print {
          body { font-size: 11pt; }
          .report { max-width: none; padding: 0; }
          h2, h3, h4 { break-after: avoid; }
          table, blockquote, li { break-inside: avoid; }
          blockquote, th, h4, code { background: none; }
        }
        """;
}
