using Humanizer;

namespace AssessAgent.Cli.Commands.Store;

/// <summary>What an import did, counted per assessment (an export file holds several).</summary>
internal sealed class ImportTally
{
    public int Imported { get; private set; }

    public int AlreadyStored { get; private set; }

    public int Failed { get; private set; }

    public void CountSaved(bool alreadyStored)
    {
        if (alreadyStored)
        {
            AlreadyStored++;
        }
        else
        {
            Imported++;
        }
    }

    public void CountFailed() => Failed++;

    /// <summary>The closing line, such as <c>Imported 19 assessments, 1 already stored, 1 failed</c>.</summary>
    public override string ToString() =>
        $"Imported {"assessment".ToQuantity(Imported)}, {AlreadyStored} already stored, {Failed} failed";
}
