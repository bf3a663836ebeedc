namespace Hiring.Reasoning.Understanding.Titles;

/// <summary>
/// A job title of the <see cref="TitleVocabulary"/>: its canonical name (lower case, without
/// seniority), its family, and every written form that names it. An ESCO occupation that is also a
/// product title ("pharmacist") adds its aliases to the product entry instead of standing alone.
/// </summary>
public sealed class TitleEntry
{
    private readonly List<string> _aliases = [];
    private readonly List<string> _caseSensitiveAliases = [];

    internal TitleEntry(string name, string family, TitleSource source)
    {
        Name = name;
        Family = family;
        Source = source;
    }

    /// <summary>The canonical title: "site reliability engineer", "vp of sales".</summary>
    public string Name { get; }

    /// <summary>The job's function ("infrastructure", "sales leadership"), or "isco NNNN" for ESCO titles.</summary>
    public string Family { get; }

    public TitleSource Source { get; }

    /// <summary>Other written forms, matched case-insensitively and in the plural.</summary>
    public IReadOnlyList<string> Aliases => _aliases;

    /// <summary>Written forms matched only as written: "PM", "RN", "AE".</summary>
    public IReadOnlyList<string> CaseSensitiveAliases => _caseSensitiveAliases;

    /// <summary>The name, then the aliases, then the case-sensitive aliases.</summary>
    public IEnumerable<string> Forms => [Name, .. _aliases, .. _caseSensitiveAliases];

    /// <summary>The first aliases, those written in titles.yaml; the rest came from ESCO.</summary>
    internal int CuratedAliasCount { get; private set; }

    public override string ToString() => Name;

    internal void AddAlias(string alias, bool caseSensitive, bool curated)
    {
        (caseSensitive ? _caseSensitiveAliases : _aliases).Add(alias);
        if (curated && !caseSensitive)
        {
            CuratedAliasCount++;
        }
    }
}
