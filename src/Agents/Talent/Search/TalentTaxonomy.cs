using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Hiring.Agents.Talent.Search;

/// <summary>
/// Skill and title synonyms (and neighbours for query broadening) from the editable taxonomy
/// file. Every lookup is case-insensitive and works on whitespace-normalized lower-case text.
/// </summary>
public sealed class TalentTaxonomy
{
    public const string RelativePath = "prompts/builtin/taxonomy.yaml";

    private readonly Dictionary<string, TaxonomySkill> _skillByForm = new(StringComparer.Ordinal);
    private readonly List<(string Form, TaxonomyTitle Title)> _titleForms = [];
    private readonly Dictionary<string, TaxonomyTitle> _titleByForm = new(StringComparer.Ordinal);
    private readonly int _maxTitleWords;

    private static readonly char[] TitlePunctuation = [',', ';', ':', '(', ')', '|', '"'];

    public TalentTaxonomy(TaxonomyDocument document)
    {
        // Entries are copied in normalized form; the document stays as it was read.
        foreach (var written in document.Skills.Where(s => !string.IsNullOrWhiteSpace(s.Name)))
        {
            var name = Normalize(written.Name);
            var skill = new TaxonomySkill
            {
                Name = name,
                Aliases = [.. written.Aliases.Select(Normalize).Where(a => a.Length > 0 && a != name)],
                Related = [.. written.Related.Select(Normalize)],
            };
            foreach (var form in skill.Aliases.Prepend(skill.Name))
            {
                _skillByForm.TryAdd(form, skill);
            }
        }

        foreach (var written in document.Titles.Where(t => !string.IsNullOrWhiteSpace(t.Name)))
        {
            var name = Normalize(written.Name);
            var title = new TaxonomyTitle
            {
                Name = name,
                Aliases = [.. written.Aliases.Select(Normalize).Where(a => a.Length > 0 && a != name)],
                Family = Normalize(written.Family),
            };
            foreach (var form in title.Aliases.Prepend(title.Name))
            {
                if (_titleByForm.TryAdd(form, title))
                {
                    _titleForms.Add((form, title));
                }
            }
        }

        // Longest forms first, so "backend developer" wins over "developer" inside a longer title.
        _titleForms.Sort((a, b) => b.Form.Length.CompareTo(a.Form.Length));
        _maxTitleWords = _titleForms.Count == 0 ? 0 : _titleForms.Max(f => f.Form.Count(c => c == ' ') + 1);
    }

    /// <summary>A taxonomy with no entries: every lookup returns its input.</summary>
    public static TalentTaxonomy Empty { get; } = new(new TaxonomyDocument());

    /// <summary>The file copied beside the program, or <see cref="Empty"/> when it is missing.</summary>
    public static TalentTaxonomy LoadDefault()
    {
        var path = Path.Combine(AppContext.BaseDirectory, RelativePath);
        return File.Exists(path) ? Load(path) : Empty;
    }

    public static TalentTaxonomy Load(string path) => Parse(File.ReadAllText(path), path);

    /// <summary>Reads taxonomy YAML; a malformed file fails with the file and position.</summary>
    public static TalentTaxonomy Parse(string yaml, string source = "taxonomy")
    {
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .Build();
        try
        {
            return new TalentTaxonomy(deserializer.Deserialize<TaxonomyDocument>(yaml) ?? new TaxonomyDocument());
        }
        catch (YamlException e)
        {
            throw new InvalidDataException($"{source}: line {e.Start.Line}, column {e.Start.Column}: {e.Message}", e);
        }
    }

    /// <summary>The canonical name of a skill (its own normalized form when the taxonomy does not know it).</summary>
    public string CanonicalSkill(string skill)
    {
        var form = Normalize(skill);
        return _skillByForm.TryGetValue(form, out var entry) ? entry.Name : form;
    }

    /// <summary>Every form of a skill: canonical name first, then aliases; the text alone when unknown.</summary>
    public IReadOnlyList<string> SkillVariants(string text)
    {
        var form = Normalize(text);
        return _skillByForm.TryGetValue(form, out var entry) ? [entry.Name, .. entry.Aliases] : [form];
    }

    /// <summary>Neighbouring skills, for broadening a query (never for matching it).</summary>
    public IReadOnlyList<string> RelatedSkills(string skill) =>
        _skillByForm.TryGetValue(Normalize(skill), out var entry) ? entry.Related : [];

    /// <summary>
    /// Every equivalent way of writing a title: when the text contains a known title (as whole
    /// words), that part is replaced by each of its forms ("senior swe" gives "senior software
    /// engineer", ...). The input comes first.
    /// </summary>
    public IReadOnlyList<string> TitleVariants(string text)
    {
        var form = Normalize(text);
        var padded = $" {form} ";
        foreach (var (titleForm, title) in _titleForms)
        {
            var at = padded.IndexOf($" {titleForm} ", StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var before = padded[..(at + 1)];
            var after = padded[(at + 1 + titleForm.Length)..];
            return [.. title.Aliases.Prepend(title.Name)
                .Select(f => (before + f + after).Trim())
                .Prepend(form)
                .Distinct(StringComparer.Ordinal)];
        }

        return [form];
    }

    /// <summary>The canonical title when the whole text is a known title or alias ("SWE"), else null.</summary>
    public string? CanonicalTitle(string text) =>
        _titleByForm.TryGetValue(Normalize(text), out var entry) ? entry.Name : null;

    /// <summary>Canonical names of every known title written inside a title ("Senior Backend Developer" holds "backend engineer").</summary>
    public IEnumerable<string> TitlesWithin(string title)
    {
        // Runs at index time for every role: look up each run of up to MaxTitleWords words
        // rather than search the title for every form.
        var words = Normalize(title).Split(' ').Select(w => w.Trim(TitlePunctuation)).ToArray();
        var found = new List<string>(2);
        for (var start = 0; start < words.Length; start++)
        {
            for (var count = 1; count <= Math.Min(_maxTitleWords, words.Length - start); count++)
            {
                if (_titleByForm.TryGetValue(string.Join(' ', words, start, count), out var entry) && !found.Contains(entry.Name))
                {
                    found.Add(entry.Name);
                }
            }
        }

        return found;
    }

    /// <summary>The family of a title ("software engineering"), or empty when unknown.</summary>
    public string TitleFamily(string title) =>
        _titleByForm.TryGetValue(Normalize(title), out var entry) ? entry.Family : "";

    /// <summary>Canonical titles of one family, for broadening a title search.</summary>
    public IReadOnlyList<string> TitlesInFamily(string family)
    {
        var wanted = Normalize(family);
        return [.. _titleForms.Select(f => f.Title).Distinct().Where(t => t.Family == wanted).Select(t => t.Name)];
    }

    internal static string Normalize(string text) =>
        string.Join(' ', text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
