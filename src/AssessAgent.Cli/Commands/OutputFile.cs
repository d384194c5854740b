using System.Text;
using AssessAgent.Cli.Hosting;

namespace AssessAgent.Cli.Commands;

/// <summary>
/// The file a command's <c>--out</c> names, written through whatever is there, as a shell's <c>&gt;</c> does: a
/// symbolic link writes its target, a device or a pipe (such as <c>/dev/stdout</c>) receives the text, an existing
/// file is truncated and keeps its permissions, and only a missing name becomes a new file. <c>assess</c> and
/// <c>export</c> both write through here.
/// </summary>
internal static class OutputFile
{
    private static readonly UTF8Encoding Utf8WithoutMark = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Fails when <paramref name="path"/> cannot take the output: its folder is missing, it names a folder, or it is
    /// a read-only file (refused even where the user could override it, as root can).
    /// </summary>
    /// <param name="path">The path the user gave.</param>
    /// <param name="what">What is written, for the message, such as "the report".</param>
    public static void EnsureWritable(string path, string what)
    {
        if (Directory.Exists(path))
        {
            throw new ReportOutputException(
                $"{path}: cannot write {what}: it is a folder; give the name of a file in it.");
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new ReportOutputException($"{path}: cannot write {what}: the folder {folder} does not exist.");
        }

        if (File.Exists(path) && File.GetAttributes(path).HasFlag(FileAttributes.ReadOnly))
        {
            throw new ReportOutputException($"{path}: cannot write {what}: the file is read-only.");
        }
    }

    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/> (see the class).</summary>
    public static void WriteAllText(string path, string text, string what)
    {
        EnsureWritable(path, what);
        try
        {
            using var writer = new StreamWriter(path, append: false, Utf8WithoutMark);
            writer.Write(text);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw Failed(path, what, exception);
        }
    }

    /// <summary>
    /// Opens <paramref name="path"/> (see the class), lets <paramref name="write"/> write to it and closes it; a
    /// failure to open, write or flush (a full disk, <c>/dev/full</c>) becomes one line naming the path.
    /// </summary>
    public static async Task WriteAsync(string path, string what, Func<TextWriter, Task> write)
    {
        EnsureWritable(path, what);
        try
        {
            await using var writer = new StreamWriter(path, append: false, Utf8WithoutMark);
            await write(writer);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw Failed(path, what, exception);
        }
    }

    private static ReportOutputException Failed(string path, string what, Exception exception) =>
        new($"{path}: cannot write {what}: {exception.Message}", exception);
}
