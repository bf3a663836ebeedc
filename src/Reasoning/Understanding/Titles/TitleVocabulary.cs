using Hiring.Reasoning.BuiltIn;
using Hiring.Reasoning.Prompts;
using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Reasoning.Understanding.Titles;

/// <summary>
/// The job titles the built-in engine recognises: the hand-curated product titles
/// (titles.yaml) and ESCO's occupations (esco-titles.tsv), with their abbreviations and synonyms.
/// Product titles are indexed first, so they win every form they name; an ESCO occupation whose
/// name is already a form ("pharmacist") adds its aliases to that entry. Written forms are found
/// in a message with a <see cref="PhraseIndex{T}"/>: folded, longest first, plurals included
/// ("nurses", "AEs"), case-sensitive forms only as written ("PM", never "3 pm").
/// </summary>
public sealed class TitleVocabulary
{
    private const string BuiltInFolder = "prompts/builtin";

    private readonly PhraseIndex<TitleEntry> _index = new();
    private readonly List<TitleEntry> _entries = [];
    private readonly Dictionary<string, TitleEntry> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _byFamily = new(StringComparer.Ordinal);
    private readonly HashSet<string> _seniority;
    private readonly HashSet<string> _levelInName;
    private readonly List<string> _translated = [];

    private const string Vowels = "aeiouyáéíóúàèìòùâêîôûäëïöüåæøœąę";

    public TitleVocabulary(TitlesFile product, IReadOnlyList<TitlesFileEntry> esco)
    {
        _seniority = [.. product.SeniorityWords.Select(TokenFold.Key).Where(w => w.Length > 0)];
        _levelInName = [.. product.LevelInName.Select(TokenFold.Key).Where(w => w.Length > 0)];
        var products = product.Titles.Where(t => !string.IsNullOrWhiteSpace(t.Name)).Select(t => (File: t, Entry: Add(t, TitleSource.Product))).ToList();
        foreach (var (file, entry) in products)
        {
            AddForms(entry, file.Aliases, caseSensitive: false, curated: true);
            AddForms(entry, file.CaseSensitiveAliases, caseSensitive: true, curated: true);
        }

        // Every ESCO name before any ESCO alias: an alias of one occupation must not take the name of another.
        var occupations = esco.Where(t => !string.IsNullOrWhiteSpace(t.Name)).Select(t => (File: t, Entry: _index.TryGet(t.Name, out var known) ? known : Add(t, TitleSource.Esco))).ToList();
        foreach (var (file, entry) in occupations)
        {
            AddForms(entry, file.Aliases, caseSensitive: false, curated: false);
        }

        foreach (var (name, forms) in product.Translations)
        {
            var entry = _byName.GetValueOrDefault(TokenFold.Key(name)) ?? throw new InvalidDataException($"titles.yaml: translations name '{name}', which is no title of the file.");
            foreach (var form in forms.Select(Normalize).Where(f => f.Length > 0))
            {
                if (_index.Add(form, entry))
                {
                    _translated.Add(form);
                }
            }
        }

        // "szukamy hydraulika", "magazyniera do Poznania": a one-word title in another language ending in a consonant, with the "-a" Polish
        // puts on it as an object, reads as that title; so does the woman's form Spanish, Portuguese and Italian make of an -or or -er
        // title ("soldadora", "compradora"). A form the vocabulary has already keeps its title.
        foreach (var form in _translated.ToList())
        {
            if (!form.Contains(' ', StringComparison.Ordinal) && form.Length >= 5 && char.IsLetter(form[^1]) && !Vowels.Contains(char.ToLowerInvariant(form[^1]))
                && _index.TryGet(form, out var title) && _index.Add(form + "a", title, PhraseOptions.NoPlural))
            {
                _translated.Add(form + "a");
            }
        }

        // "ingeniero de datos", "Logistikkoordinator": read as the first English title they may mean that the vocabulary has.
        foreach (var (form, english) in TitleCompositions.Forms(product.TranslatedWords))
        {
            var normalized = Normalize(form);
            if (!_index.TryGet(normalized, out _) && english.Select(e => _index.TryGet(e, out var meant) ? meant : null).FirstOrDefault(e => e is not null) is { } entry
                && _index.Add(normalized, entry))
            {
                _translated.Add(normalized);
            }
        }

        AllForms = [.. _entries.SelectMany(e => e.Forms)];
    }

    /// <summary>The titles' forms in other languages: read as their title, not among its forms.</summary>
    public IReadOnlyList<string> TranslatedForms => _translated;

    /// <summary>A vocabulary with no titles.</summary>
    public static TitleVocabulary Empty { get; } = new(new TitlesFile(), []);

    /// <summary>How many canonical titles.</summary>
    public int Count => _entries.Count;

    /// <summary>Every title: product titles first, in file order, then ESCO's.</summary>
    public IReadOnlyList<TitleEntry> Entries => _entries;

    /// <summary>Every written form of every title, each once.</summary>
    public IReadOnlyList<string> AllForms { get; }

    /// <summary>Words that give a level, not a job, folded ("senior", "sr", "ii").</summary>
    public IReadOnlyCollection<string> SeniorityWords => _seniority;

    /// <summary>Whether a written title's leading level word is part of the job's name ("staff nurse").</summary>
    public bool LevelInName(string written) => _levelInName.Contains(TokenFold.Key(written));

    /// <summary>Both vocabulary files of a prompts/ folder.</summary>
    public static TitleVocabulary Load(PromptLibrary library) =>
        new(BuiltInResource.Load<TitlesFile>(library, TitlesFile.FileName),
            EscoTitlesFile.Parse(library.ReadBuiltIn(EscoTitlesFile.FileName)));

    /// <summary>The files copied beside the program, or <see cref="Empty"/> when they are missing.</summary>
    public static TitleVocabulary LoadDefault()
    {
        var prompts = Path.Combine(AppContext.BaseDirectory, PromptLibrary.FolderName);
        return File.Exists(Path.Combine(AppContext.BaseDirectory, BuiltInFolder, TitlesFile.FileName)) ? Load(new PromptLibrary(prompts)) : Empty;
    }

    /// <summary>Every title written in a message, longest first from left to right, never overlapping.</summary>
    public IReadOnlyList<PhraseMatch<TitleEntry>> Find(string text, IReadOnlyList<Token> tokens) => _index.FindAll(text, tokens);

    public IReadOnlyList<PhraseMatch<TitleEntry>> Find(string text) => _index.FindAll(text);

    /// <summary>
    /// The canonical title of a written title, or null: "SWE" → "software engineer", "Senior
    /// Backend Developers (II)" → "backend engineer". Seniority words, numbers and punctuation are
    /// stripped from the edges only when the title as written is not known ("staff nurse" is a
    /// form of its own), and the least stripping wins ("Senior Associate Product Manager" is an
    /// "associate product manager").
    /// </summary>
    public string? Canonical(string written) => Resolve(written)?.Name;

    /// <summary>The entry of a canonical title or of any written form of it, or null.</summary>
    public TitleEntry? Entry(string canonical) =>
        _byName.TryGetValue(TokenFold.Key(canonical), out var entry) ? entry : Resolve(canonical);

    /// <summary>Every written form of a title (canonical name first); empty when unknown.</summary>
    public IReadOnlyList<string> Variants(string canonical) => Entry(canonical) is { } entry ? [.. entry.Forms] : [];

    /// <summary>The family of a title ("infrastructure"), or null when unknown.</summary>
    public string? Family(string canonical) => Entry(canonical)?.Family;

    /// <summary>Canonical titles of one family, for broadening a title search.</summary>
    public IReadOnlyList<string> TitlesInFamily(string family) =>
        _byFamily.TryGetValue(Normalize(family), out var names) ? names : [];

    /// <summary>The entry a whole written form names, without stripping anything.</summary>
    internal TitleEntry? Lookup(string form) => _index.TryGet(form, out var entry) ? entry : null;

    private TitleEntry? Resolve(string written)
    {
        var tokens = Tokenizer.Tokenize(written);
        var leading = 0;
        while (leading < tokens.Count && Strippable(tokens[leading]))
        {
            leading++;
        }

        var trailing = 0;
        while (trailing < tokens.Count - leading && Strippable(tokens[tokens.Count - 1 - trailing]))
        {
            trailing++;
        }

        // Least stripping first: "senior associate product manager" tries "associate product manager"
        // before "product manager".
        for (var stripped = 0; stripped <= leading + trailing; stripped++)
        {
            for (var left = Math.Min(stripped, leading); left >= 0 && stripped - left <= trailing; left--)
            {
                var first = left;
                var last = tokens.Count - 1 - (stripped - left);
                if (first <= last && _index.TryGet(written[tokens[first].Start..tokens[last].End], out var entry))
                {
                    return entry;
                }
            }
        }

        return null;
    }

    private bool Strippable(Token token) =>
        token.Kind != TokenKind.Word || _seniority.Contains(token.Folded) || IsLevel(token.Folded);

    // Levels written as codes: "l5", "e6", "ic4", "p3".
    private static bool IsLevel(string folded) =>
        folded.Length is >= 2 and <= 3 && char.IsDigit(folded[^1]) && folded[..^1].All(c => c is 'l' or 'e' or 'p' or 'm' or 'i' or 'c');

    private TitleEntry Add(TitlesFileEntry file, TitleSource source)
    {
        var name = Normalize(file.Name);
        var entry = new TitleEntry(name, Normalize(file.Family), source);
        if (!_index.Add(name, entry))
        {
            // A product name written twice: the first entry keeps it and takes the second's forms.
            return _index.TryGet(name, out var known) ? known : entry;
        }

        _entries.Add(entry);
        _byName.TryAdd(TokenFold.Key(name), entry);
        if (!_byFamily.TryGetValue(entry.Family, out var names))
        {
            _byFamily[entry.Family] = names = [];
        }

        names.Add(name);
        return entry;
    }

    private void AddForms(TitleEntry entry, IEnumerable<string> forms, bool caseSensitive, bool curated)
    {
        foreach (var written in forms)
        {
            var form = caseSensitive ? written.Trim() : Normalize(written);
            if (form.Length > 0 && _index.Add(form, entry, caseSensitive ? PhraseOptions.CaseSensitive : PhraseOptions.None))
            {
                entry.AddAlias(form, caseSensitive, curated);
            }
        }
    }

    private static string Normalize(string text) =>
        string.Join(' ', text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
