using System.Globalization;
using System.Text.RegularExpressions;
using Hiring.Contracts.Projects;
using Hiring.Reasoning.BuiltIn;
using Hiring.Reasoning.Planning;
using Hiring.Reasoning.Prompts;
using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Agents.Intake;

/// <summary>prompts/builtin/intake.yaml compiled: headings, cues, patterns, word lists and messages. Validated when loaded.</summary>
public sealed partial class IntakePhrases
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;
    private const int DescriptionLines = 3;
    private static readonly string[] RequiredMessages =
    [
        "ask", "missing_title", "no_place", "filled", "created", "created_empty", "refused", "rewording",
        "applied", "nothing_approved", "role_alone", "removed", "spec_changed", "proposed_change", "no_change", "change_place", "change_anywhere", "change_remote", "change_remote_within", "change_seniority", "change_years", "change_faq",
        "change_any_level", "change_any_years", "change_title", "other_roles",
    ];

    private readonly Dictionary<string, JobSection> _headings = new(StringComparer.OrdinalIgnoreCase);
    private readonly (JobSection Section, Regex Pattern)[] _headingKeywords;
    private readonly int _headingMaxWords;
    private readonly Regex _proseCues;
    private readonly Regex _proseNotStarts;
    private readonly Regex _nice;
    private readonly Regex _must;
    private readonly Regex[] _titles;
    private readonly Regex[] _locations;
    private readonly (RemotePolicy Policy, Regex Pattern)[] _remote;
    private readonly (EmploymentType Type, Regex Pattern)[] _employment;
    private readonly Vocabulary _languages;
    private readonly Regex _education;
    private readonly Dictionary<string, Regex> _change = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Regex> _changeAtEnd = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Regex> _relaxFields = new(StringComparer.Ordinal);
    private readonly Regex _coordinatedEdit;
    private readonly Regex _retraction;
    private readonly Regex _opener;
    private readonly Dictionary<string, string> _messages;
    private readonly Dictionary<string, string> _jsonRemote;

    public IntakePhrases(IntakeResourceFile file)
    {
        Version = Require(file.Version, "version");
        foreach (var (name, section) in new[] { ("must", JobSection.Must), ("nice", JobSection.Nice), ("other", JobSection.Other) })
        {
            foreach (var heading in file.Headings.GetValueOrDefault(name) ?? throw Invalid($"headings.{name} is missing"))
            {
                _headings[heading] = section;
            }
        }

        _headingKeywords =
        [
            .. new[] { ("nice", JobSection.Nice), ("must", JobSection.Must), ("other", JobSection.Other) }
                .Select(k => (k.Item2, Prefixes(file.HeadingKeywords.GetValueOrDefault(k.Item1) ?? throw Invalid($"heading_keywords.{k.Item1} is missing"), $"heading_keywords.{k.Item1}"))),
        ];
        _headingMaxWords = file.HeadingMaxWords;
        _proseCues = Words(file.ProseRequirementCues, "prose_requirement_cues");
        _proseNotStarts = Compile($@"^\W*(?:{string.Join('|', file.ProseNotRequirementStarts.OrderByDescending(w => w.Length).Select(Regex.Escape))})(?![\p{{L}}\p{{N}}])", "prose_not_requirement_starts");
        _nice = Words(file.NiceCues, "nice_cues");
        _must = Words(file.MustCues, "must_cues");
        _titles = [.. file.TitlePatterns.Select((p, i) => Compile(p, $"title_patterns[{i}]", RegexOptions.Multiline))];
        _locations = [.. file.LocationPatterns.Select((p, i) => Compile(p, $"location_patterns[{i}]", RegexOptions.Multiline))];
        _remote = [.. file.RemoteWords.Select(w => (Enum.Parse<RemotePolicy>(w.Key), Words(w.Value, $"remote_words.{w.Key}")))];
        _employment = [.. file.EmploymentWords.Select(w => (Enum.Parse<EmploymentType>(w.Key), Words(w.Value, $"employment_words.{w.Key}")))];
        _languages = new Vocabulary(file.Languages.ToDictionary(l => l, _ => new List<string>(), StringComparer.Ordinal), allowPlural: false, ignoreCase: true);
        _education = Words(file.EducationWords, "education_words");
        foreach (var (name, words) in file.Change)
        {
            _change[name] = Words(words, $"change.{name}");
            _changeAtEnd[name] = Compile($@"(?<![\p{{L}}\p{{N}}])(?:{string.Join('|', words.OrderByDescending(w => w.Length).Select(Regex.Escape))})\W*$", $"change.{name}");
        }

        foreach (var (field, words) in file.RelaxFields)
        {
            _relaxFields[field] = Words(words, $"relax_fields.{field}");
        }

        var verbs = file.Change.GetValueOrDefault("edit_verbs") ?? throw Invalid("change.edit_verbs is missing");
        _coordinatedEdit = Compile($@"\s(?:and|but|then|&|\+)\s+(?:also\s+|then\s+|please\s+|pls\s+)?(?=(?:{string.Join('|', verbs.OrderByDescending(w => w.Length).Select(Regex.Escape))})(?![\p{{L}}\p{{N}}]))", "change.edit_verbs");
        var retractions = file.Change.GetValueOrDefault("retractions") ?? throw Invalid("change.retractions is missing");
        _retraction = Compile($@"(?<![\p{{L}}\p{{N}}])(?:{string.Join('|', retractions.OrderByDescending(w => w.Length).Select(Regex.Escape))})(?=\s+[\p{{L}}\p{{N}}])", "change.retractions");
        var openers = file.Change.GetValueOrDefault("clause_openers") ?? throw Invalid("change.clause_openers is missing");
        _opener = Compile($@"(?<=[\p{{L}}\p{{N}}]\s+)(?:{string.Join('|', openers.OrderByDescending(w => w.Length).Select(Regex.Escape))})(?![\p{{L}}\p{{N}}])", "change.clause_openers");
        _messages = new Dictionary<string, string>(file.Messages, StringComparer.Ordinal);
        foreach (var key in RequiredMessages.Where(k => !_messages.ContainsKey(k)))
        {
            throw Invalid($"messages.{key} is missing");
        }

        Letter = new LetterFrame(
            file.Letter.GetValueOrDefault("greetings") ?? throw Invalid("letter.greetings is missing"),
            file.Letter.GetValueOrDefault("sign_offs") ?? throw Invalid("letter.sign_offs is missing"));
        _jsonRemote = new Dictionary<string, string>(file.JsonresumeRemote, StringComparer.OrdinalIgnoreCase);
        MarketMax = (int)file.Suggestions.GetValueOrDefault("market_max", 3);
        MarketMinShare = file.Suggestions.GetValueOrDefault("market_min_share", 0.2);
        PastHiresMax = (int)file.Suggestions.GetValueOrDefault("past_hires_max", 3);
    }

    public string Version { get; }

    /// <summary>The greeting and sign-off around a request pasted from an email.</summary>
    public LetterFrame Letter { get; }

    public int MarketMax { get; }

    public double MarketMinShare { get; }

    public int PastHiresMax { get; }

    public static IntakePhrases Load(PromptLibrary library) => new(BuiltInResource.Load<IntakeResourceFile>(library, IntakeResourceFile.FileName));

    /// <summary>
    /// Whether a line is a section heading, and which; a heading may carry content after a colon. A listed
    /// heading counts as written; another short line that looks like a heading (a colon at its end,
    /// capitals, markdown) is classified by its keywords, an unknown one being another section.
    /// </summary>
    /// <param name="line">The line.</param>
    /// <param name="beforeList">Whether a bulleted list starts on the next line: then a short line that names a known section is its heading ("What we expect").</param>
    /// <param name="opening">Whether the line opens the text: then a label of no known section names the post ("New role:", "Neue Stelle:"), not a section.</param>
    public (JobSection Section, string Content) Heading(string line, bool beforeList = false, bool opening = false)
    {
        var marked = line.TrimStart().StartsWith('#') || line.Contains("**", StringComparison.Ordinal);
        var text = HeadingMarks().Replace(line, "").Trim();
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var head = (colon >= 0 ? text[..colon] : text).Trim();
        var rest = colon >= 0 ? text[(colon + 1)..].Trim() : "";
        if (_headings.TryGetValue(head, out var section))
        {
            return (section, rest);
        }

        var words = head.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length > _headingMaxWords || rest.Length > 0 || head.IndexOfAny(['.', '!', '?', ',', ';']) >= 0)
        {
            return (JobSection.NotAHeading, "");
        }

        var keyword = _headingKeywords.FirstOrDefault(k => k.Pattern.IsMatch(head));
        var known = keyword.Pattern is not null;
        if (colon == text.Length - 1 || marked)
        {
            // "Our expectations:", "## Tech stack": a heading; one that names no known section is another section.
            return (known ? keyword.Section : opening ? JobSection.NotAHeading : JobSection.Other, "");
        }

        var shouted = head.Any(char.IsLetter) && head.Where(char.IsLetter).All(char.IsUpper);
        var covered = known ? keyword.Pattern!.Matches(head).Sum(m => m.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length) : 0;
        var mostlyKeywords = covered * 2 >= words.Length;
        // "REQUIREMENTS", "Desirable", "Your tasks": a heading when its words are heading words ("SAP S/4HANA" is not one).
        return known && (shouted || mostlyKeywords || beforeList) ? (keyword.Section, "") : (JobSection.NotAHeading, "");
    }

    /// <summary>Whether a sentence of a prose description states requirements (and does not describe the company or the work).</summary>
    public bool StatesRequirements(string sentence) => _proseCues.IsMatch(sentence) && (!_proseNotStarts.IsMatch(sentence) || _must.IsMatch(sentence) || _nice.IsMatch(sentence));

    /// <summary>A JSON Resume job document, a job description (several lines or a requirements heading), or a chat request.</summary>
    public IntakeSourceKind SourceOf(string text)
    {
        using (var document = JsonResumeJobReader.TryParse(text))
        {
            if (document is not null)
            {
                return IntakeSourceKind.JsonResumeJob;
            }
        }

        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length >= DescriptionLines || lines.Any(l => Heading(l).Section != JobSection.NotAHeading)
            ? IntakeSourceKind.JobDescription
            : IntakeSourceKind.ChatRequest;
    }

    /// <summary>The kind the wording says, else the section's.</summary>
    public QualificationKind KindOf(string text, QualificationKind section) =>
        _nice.IsMatch(text) ? QualificationKind.NiceToHave : _must.IsMatch(text) ? QualificationKind.MustHave : section;

    public string? Title(string text) => First(_titles, text);

    public string? Location(string text) => First(_locations, text);

    public RemotePolicy Remote(string text) => _remote.FirstOrDefault(r => r.Pattern.IsMatch(text)).Policy;

    public RemotePolicy JsonResumeRemote(string? value) =>
        value is not null && _jsonRemote.TryGetValue(value, out var policy) ? Enum.Parse<RemotePolicy>(policy) : RemotePolicy.Unspecified;

    public EmploymentType Employment(string text) => _employment.FirstOrDefault(e => e.Pattern.IsMatch(text)).Type;

    public string? Language(string text) => _languages.Find(text) is [var first, ..] ? first : null;

    public string? Education(string text) => _education.Match(text) is { Success: true } match ? match.Value.ToLowerInvariant() : null;

    /// <summary>Whether a refine request carries the change cue ("remove", "must", "nice", "location").</summary>
    public bool Says(string cue, string text) => _change.TryGetValue(cue, out var pattern) && pattern.IsMatch(text);

    /// <summary>The text up to the first of a change cue's words, or all of it ("required rather than a plus" → "required ").</summary>
    public string Before(string cue, string text) =>
        _change.TryGetValue(cue, out var pattern) && pattern.Match(text) is { Success: true } match ? text[..match.Index] : text;

    /// <summary>Whether the text ends with one of a change cue's words ("… swap", "… instead of").</summary>
    public bool EndsSaying(string cue, string text) => _changeAtEnd.TryGetValue(cue, out var pattern) && pattern.IsMatch(text);

    /// <summary>
    /// Where the clauses of a change end besides punctuation: before a conjunction that starts another edit
    /// ("make Python optional | and add Airflow as a must"), as the positions of the conjunctions; and after a take-back that
    /// goes on to say what instead ("scratch that | zendesk is required"); and before a word that opens a new thought mid-message
    /// ("arabic is a nice to have | actually english only is fine").
    /// </summary>
    public IEnumerable<int> EditBreaks(string text) =>
        _coordinatedEdit.Matches(text).Select(m => m.Index).Concat(_retraction.Matches(text).Select(m => m.Index + m.Length))
            .Concat(_opener.Matches(text).Select(m => m.Index - 1));

    /// <summary>
    /// The spec fields a clause lets go ("any level is fine": seniority; "location doesn't matter": location); a range said of a
    /// field ("anywhere from mid to senior") lets none go.
    /// </summary>
    public IReadOnlyList<string> Relaxed(string clause)
    {
        var said = _change.TryGetValue("range", out var range) ? range.Replace(clause, " ") : clause;
        return Says("relax", said) ? [.. _relaxFields.Where(f => f.Value.IsMatch(said)).Select(f => f.Key)] : [];
    }

    public string Message(string key, params (string Name, object Value)[] values)
    {
        var text = _messages.GetValueOrDefault(key, key);
        foreach (var (name, value) in values)
        {
            text = text.Replace("{" + name + "}", Convert.ToString(value, CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        return text;
    }

    private static string? First(Regex[] patterns, string text) =>
        patterns.Select(p => p.Match(text)).FirstOrDefault(m => m.Success) is { } match ? match.Groups["value"].Value.Trim() : null;

    private static Regex Words(List<string> words, string where)
    {
        if (words.Count == 0)
        {
            throw Invalid($"{where} is empty");
        }

        var alternatives = string.Join('|', words.OrderByDescending(w => w.Length).Select(Regex.Escape));
        return Compile($@"(?<![\p{{L}}\p{{N}}])(?:{alternatives})(?![\p{{L}}\p{{N}}])", where);
    }

    // Keywords match at a word's start ("responsibilit" finds "responsibilities").
    private static Regex Prefixes(List<string> words, string where) =>
        Compile($@"(?<![\p{{L}}\p{{N}}])(?:{string.Join('|', words.OrderByDescending(w => w.Length).Select(Regex.Escape))})", where);

    private static Regex Compile(string pattern, string where, RegexOptions extra = RegexOptions.None)
    {
        try
        {
            return new Regex(pattern, Options | extra, RegexLimit.Time);
        }
        catch (ArgumentException ex)
        {
            throw Invalid($"{where} is not a valid pattern: {ex.Message}");
        }
    }

    private static string Require(string value, string name) => string.IsNullOrWhiteSpace(value) ? throw Invalid($"{name} is missing") : value;

    private static InvalidDataException Invalid(string message) => new($"{IntakeResourceFile.FileName}: {message}.");

    // "## Skills", "**Bonus**", and a bulleted label ("- Must: Terraform").
    [GeneratedRegex(@"^[\s#*_>•·–-]+|[\s*_]+$")]
    private static partial Regex HeadingMarks();
}
