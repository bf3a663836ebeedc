using Hiring.Reasoning.Prompts;
using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Reasoning.Understanding.Skills;

/// <summary>
/// The built-in engine's skill vocabulary (prompts/builtin/vocabulary/skills.yaml): finds skills in
/// a message the way recruiters write them, and maps any written form to its canonical name. Forms
/// are matched folded ("K8s" is "k8s"), except case-sensitive aliases, which running text must
/// write as listed ("Go", never "go ahead"); a skill field is read in any case. Phrases of
/// not-skills.txt ("New Orleans") hide the skills inside them. Validated when built: a form claimed
/// by two skills, a related skill that is not one, or a form that can never match is an error that
/// names the lines. A word of not-skills.txt that is also a skill's form is read as that skill in
/// a skill field only, never in running text ("Benefits" heads a job description).
/// </summary>
public sealed class SkillVocabulary
{
    public const string FileName = "vocabulary/skills.yaml";

    // Names of products and tools are never plural ("Nodes" is not Node.js); practices are ("REST APIs").
    private static readonly HashSet<string> ProductCategories = new(StringComparer.Ordinal)
    {
        "language", "framework", "database", "cloud", "devops", "tool",
    };

    private static readonly SkillEntry NotASkill = new("", [], [], [], "", 0);

    private readonly PhraseIndex<SkillEntry> _text = new();
    private readonly PhraseIndex<SkillEntry> _forms = new();
    private readonly Dictionary<string, SkillEntry> _byName = new(StringComparer.Ordinal);

    public SkillVocabulary(IEnumerable<SkillEntry> skills, NotSkills? notSkills = null, string source = "skills")
    {
        var written = skills.ToList();
        var errors = new List<string>();
        var owners = Owners(written, source, errors);
        foreach (var skill in written)
        {
            var related = new List<string>();
            foreach (var neighbour in skill.Related)
            {
                if (!owners.TryGetValue(TokenFold.Key(neighbour), out var target))
                {
                    errors.Add($"{source}: line {skill.Line}: related '{neighbour}' of '{skill.Name}' is not a skill");
                }
                else if (target.Name != skill.Name && !related.Contains(target.Name))
                {
                    related.Add(target.Name);
                }
            }

            _byName.TryAdd(skill.Name, skill with { Related = related });
        }

        if (errors.Count > 0)
        {
            throw new InvalidDataException(string.Join(Environment.NewLine, errors));
        }

        // Added first, so they win over a skill's folded form of the same words (the first value of a phrase wins).
        foreach (var entry in (notSkills ?? NotSkills.Empty).Entries)
        {
            _text.Add(entry, NotASkill);
        }

        foreach (var skill in _byName.Values)
        {
            Index(skill);
        }
    }

    /// <summary>A vocabulary with no skills: nothing is found and every name is its own canonical form.</summary>
    public static SkillVocabulary Empty { get; } = new([]);

    /// <summary>How many skills the vocabulary has.</summary>
    public int Count => _byName.Count;

    /// <summary>Every skill, its related skills written as canonical names.</summary>
    public IReadOnlyCollection<SkillEntry> Entries => _byName.Values;

    public static SkillVocabulary Load(PromptLibrary library) =>
        Parse(library.ReadBuiltIn(FileName), NotSkills.Load(library), $"{PromptLibrary.FolderName}/{PromptLibrary.BuiltInFolder}/{FileName}");

    /// <summary>The files copied beside the program, or <see cref="Empty"/> when they are missing.</summary>
    public static SkillVocabulary LoadDefault()
    {
        var root = Path.Combine(AppContext.BaseDirectory, PromptLibrary.FolderName);
        return File.Exists(Path.Combine(root, PromptLibrary.BuiltInFolder, FileName)) ? Load(new PromptLibrary(root)) : Empty;
    }

    /// <summary>Reads vocabulary YAML; a malformed or inconsistent file fails with the file and line.</summary>
    public static SkillVocabulary Parse(string yaml, NotSkills? notSkills = null, string source = FileName) =>
        new(SkillVocabularyReader.Read(yaml, source), notSkills, source);

    /// <summary>Every skill written in a message, longest first from left to right, never overlapping.</summary>
    public IReadOnlyList<PhraseMatch<SkillEntry>> Find(string text, IReadOnlyList<Token> tokens) =>
        [.. _text.FindAll(text, tokens).Select(match => WithoutArticle(match, text, tokens)).Where(match => !ReferenceEquals(match.Value, NotASkill))];

    private static readonly HashSet<string> AfterArticle = new(StringComparer.Ordinal) { "plus", "bonus", "must", "nice", "big", "huge", "definite", "requirement" };

    /// <summary>"CDL a plus": a form ending in "a" ("cdl a") whose "a" opens "a plus" is the shorter form ("cdl").</summary>
    private PhraseMatch<SkillEntry> WithoutArticle(PhraseMatch<SkillEntry> match, string text, IReadOnlyList<Token> tokens)
    {
        if (match.TokenCount < 2 || match.EndToken >= tokens.Count || tokens[match.EndToken - 1].Folded != "a" || !AfterArticle.Contains(tokens[match.EndToken].Folded))
        {
            return match;
        }

        var last = tokens[match.EndToken - 2];
        var end = last.Start + last.Length;
        return _forms.TryGet(text[match.Start..end], out var shorter)
            ? new PhraseMatch<SkillEntry>(shorter, match.FirstToken, match.TokenCount - 1, match.Start, end - match.Start, text[match.Start..end])
            : match;
    }

    public IReadOnlyList<PhraseMatch<SkillEntry>> Find(string text) => Find(text, Tokenizer.Tokenize(text));

    /// <summary>The canonical name of a skill as written in any form and case, or the folded text itself when unknown.</summary>
    public string Canonical(string written) => Entry(written)?.Name ?? Fold(written);

    /// <summary>The skill a name or any of its forms stands for, or null when unknown.</summary>
    public SkillEntry? Entry(string skill) =>
        _byName.TryGetValue(skill, out var entry) || _forms.TryGet(skill, out entry) ? entry : null;

    /// <summary>Every way of writing a skill, lower case: the canonical name first; the folded text alone when unknown.</summary>
    public IReadOnlyList<string> Variants(string skill) => Entry(skill) is { } entry
        ? [.. entry.Forms.Select(form => form.ToLowerInvariant()).Distinct(StringComparer.Ordinal)]
        : [Fold(skill)];

    /// <summary>Canonical names of neighbouring skills, for broadening a query (never for matching it).</summary>
    public IReadOnlyList<string> Related(string skill) => Entry(skill)?.Related ?? [];

    private static Dictionary<string, SkillEntry> Owners(List<SkillEntry> skills, string source, List<string> errors)
    {
        var owners = new Dictionary<string, SkillEntry>(StringComparer.Ordinal);
        foreach (var skill in skills)
        {
            if (skill.Name != Fold(skill.Name))
            {
                errors.Add($"{source}: line {skill.Line}: the name '{skill.Name}' must be lower case with single spaces");
            }

            foreach (var form in skill.Forms)
            {
                var tokens = Tokenizer.Tokenize(form);
                var key = string.Join(' ', tokens.Select(t => t.Folded));
                if (tokens.Count == 0 || tokens[0].Kind == TokenKind.Symbol || tokens[^1].Kind == TokenKind.Symbol)
                {
                    errors.Add($"{source}: line {skill.Line}: '{form}' of '{skill.Name}' starts or ends with punctuation, so it never matches");
                }
                else if (owners.TryGetValue(key, out var owner) && !ReferenceEquals(owner, skill))
                {
                    errors.Add($"{source}: line {skill.Line}: '{form}' of '{skill.Name}' is also a form of '{owner.Name}' (line {owner.Line})");
                }
                else
                {
                    owners[key] = skill;
                }
            }
        }

        return owners;
    }

    private void Index(SkillEntry skill)
    {
        var caseSensitive = skill.CaseSensitiveAliases.Select(TokenFold.Key).ToHashSet(StringComparer.Ordinal);
        var folded = caseSensitive.Count > 0 || ProductCategories.Contains(skill.Category) ? PhraseOptions.NoPlural : PhraseOptions.None;
        foreach (var form in skill.Aliases.Prepend(skill.Name))
        {
            _forms.Add(form, skill, folded);
            if (!caseSensitive.Contains(TokenFold.Key(form)))
            {
                // A form that folds to a case-sensitive alias is an everyday word: running text must write it as listed.
                _text.Add(form, skill, folded);
            }
        }

        foreach (var form in skill.CaseSensitiveAliases)
        {
            _forms.Add(form, skill, PhraseOptions.NoPlural);
            _text.Add(form, skill, PhraseOptions.CaseSensitive | (IsAcronym(form) ? PhraseOptions.None : PhraseOptions.NoPlural));
        }
    }

    // "PLC" may be written "PLCs"; "Go" is never "Gos".
    private static bool IsAcronym(string form) => form.Length >= 2 && form.All(char.IsUpper);

    private static string Fold(string text) =>
        string.Join(' ', TokenFold.Fold(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
