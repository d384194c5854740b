using System.Text;

namespace AssessAgent.Tests.Reading;

/// <summary>A scratch folder for input files, deleted with everything in it when the test ends.</summary>
public sealed class TestFiles : IDisposable
{
    private readonly string folder =
        Path.Combine(Path.GetTempPath(), "assessagent-tests", Guid.NewGuid().ToString("N"));

    public TestFiles() => Directory.CreateDirectory(folder);

    /// <summary>Writes <paramref name="content"/> as UTF-8 (no byte-order mark) and returns the file's path.</summary>
    public string Write(string fileName, string content)
    {
        var path = Path.Combine(folder, fileName);
        File.WriteAllText(path, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

        return path;
    }

    /// <summary>A path in the scratch folder where no file exists.</summary>
    public string Missing(string fileName) => Path.Combine(folder, fileName);

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
