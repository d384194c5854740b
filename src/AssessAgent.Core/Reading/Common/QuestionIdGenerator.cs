using System.Text;

namespace AssessAgent.Reading.Common;

/// <summary>
/// Gives questions ids of the form <c>&lt;section-slug&gt;-&lt;n&gt;</c>, counting per slug across the whole
/// transcript, and never an id already taken by the input.
/// </summary>
internal sealed class QuestionIdGenerator
{
    private readonly HashSet<string> taken = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> countsBySlug = new(StringComparer.Ordinal);

    /// <summary>Records an id the input gives, so no generated id repeats it; false when it is taken already.</summary>
    public bool TryReserve(string id) => taken.Add(id);

    /// <summary>The next free id for a question of the named section.</summary>
    public string Next(string sectionName)
    {
        var slug = Slug(sectionName);

        while (true)
        {
            var count = countsBySlug.GetValueOrDefault(slug) + 1;
            countsBySlug[slug] = count;

            var id = $"{slug}-{count}";
            if (taken.Add(id))
            {
                return id;
            }
        }
    }

    /// <summary>The section name in lower case, with runs of anything but letters and digits as one dash.</summary>
    public static string Slug(string name)
    {
        var slug = new StringBuilder();
        foreach (var character in name.Trim().ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(character))
            {
                slug.Append(character);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var trimmed = slug.ToString().Trim('-');

        return trimmed.Length > 0 ? trimmed : "section";
    }
}
