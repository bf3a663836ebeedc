using System.Text.RegularExpressions;
using Hiring.Contracts.Talent;
using Hiring.Reasoning.BuiltIn;
using Hiring.Reasoning.Prompts;
using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Reasoning.Policy;

/// <summary>
/// Masks a profile for evaluation with the rules of prompts/builtin/masking.yaml: the name becomes a
/// placeholder, contact details and education years go, gendered words are neutralised and
/// protected-attribute statements removed from free text. Titles, companies, skills and role dates
/// are kept as they are, and everything else in the text stays verbatim.
/// </summary>
public sealed partial class PiiMasker : IProfileMasker
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    private readonly string _placeholder;
    private readonly Regex _courtesyTitles;
    private readonly Regex _neutral;
    private readonly Dictionary<string, string> _neutralWords;
    private readonly Regex[] _remove;

    public PiiMasker(MaskingRulesFile rules)
    {
        if (string.IsNullOrWhiteSpace(rules.Version) || string.IsNullOrWhiteSpace(rules.PlaceholderName))
        {
            throw new InvalidDataException($"{MaskingRulesFile.FileName}: 'version' and 'placeholder_name' are required.");
        }

        _placeholder = rules.PlaceholderName;
        _courtesyTitles = Compile(rules.CourtesyTitles, "courtesy_titles");
        _neutralWords = new Dictionary<string, string>(rules.NeutralWords, StringComparer.OrdinalIgnoreCase);
        _neutral = Compile($@"\b(?:{string.Join('|', _neutralWords.Keys.Select(Regex.Escape))})\b", "neutral_words");
        _remove = [.. rules.Remove.Select((pattern, i) => Compile(pattern, $"remove[{i}]"))];
        Version = rules.Version;
    }

    public string Version { get; }

    public static PiiMasker Load(PromptLibrary library) => new(BuiltInResource.Load<MaskingRulesFile>(library, MaskingRulesFile.FileName));

    public CandidateProfile Mask(CandidateProfile profile)
    {
        var name = NamePattern(profile.Name);
        string Clean(string text) => Scrub(text, name);
        return profile with
        {
            Name = _placeholder,
            Headline = Clean(profile.Headline),
            Summary = profile.Summary is null ? null : Clean(profile.Summary),
            Email = null,
            Phone = null,
            Experiences = [.. profile.Experiences.Select(e => e with { Description = Clean(e.Description) })],
            Education = [.. profile.Education.Select(e => e with { StartYear = null, EndYear = null })],
        };
    }

    /// <summary>Free text with the person's name, contact details, gendered words and protected statements masked.</summary>
    public string Scrub(string text, Regex? name = null)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var result = _courtesyTitles.Replace(text, "");
        if (name is not null)
        {
            result = name.Replace(result, _placeholder);
        }

        foreach (var pattern in _remove)
        {
            result = pattern.Replace(result, "");
        }

        result = _neutral.Replace(result, Neutral);
        result = EmptyBrackets().Replace(result, "");
        result = OrphanPunctuation().Replace(result, "$1");
        result = SpaceBeforePunctuation().Replace(result, "$1");
        return RepeatedSpaces().Replace(result, " ").Trim();
    }

    private string Neutral(Match match)
    {
        var replacement = _neutralWords[match.Value];
        return char.IsUpper(match.Value[0]) ? char.ToUpperInvariant(replacement[0]) + replacement[1..] : replacement;
    }

    /// <summary>The full name first, then each part of it of two letters or more, as whole words.</summary>
    private static Regex? NamePattern(string name)
    {
        var parts = name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Where(p => p.Length >= 2).ToList();
        if (parts.Count == 0)
        {
            return null;
        }

        var forms = parts.Prepend(string.Join(' ', parts)).Distinct(StringComparer.Ordinal).OrderByDescending(f => f.Length).Select(Regex.Escape);
        return new Regex($@"\b(?:{string.Join('|', forms)})\b", RegexOptions.CultureInvariant, RegexLimit.Time);
    }

    private static Regex Compile(string pattern, string where)
    {
        try
        {
            return new Regex(pattern, Options, RegexLimit.Time);
        }
        catch (ArgumentException ex)
        {
            throw new InvalidDataException($"{MaskingRulesFile.FileName}: {where} is not a valid pattern: {ex.Message}", ex);
        }
    }

    [GeneratedRegex(@"\(\s*\)|\[\s*\]")]
    private static partial Regex EmptyBrackets();

    [GeneratedRegex(@"[ \t]+([,.;:!?)])")]
    private static partial Regex SpaceBeforePunctuation();

    /// <summary>Punctuation a removal left at the start of the text or of a sentence.</summary>
    [GeneratedRegex(@"(^|[.!?][ \t])[ \t]*[,.;:]+")]
    private static partial Regex OrphanPunctuation();

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex RepeatedSpaces();
}
