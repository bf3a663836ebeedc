using System.Text.RegularExpressions;
using Hiring.Reasoning.BuiltIn;
using Hiring.Reasoning.Prompts;
using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Agents.Sourcing.Feedback;

/// <summary>The compiled cues of prompts/builtin/feedback.yaml; a bad pattern fails at load with its place in the file.</summary>
public sealed class FeedbackPhrases
{
    private static readonly Dictionary<string, FeedbackReason> ReasonKeys = new(StringComparer.Ordinal)
    {
        ["too_junior"] = FeedbackReason.TooJunior,
        ["too_senior"] = FeedbackReason.TooSenior,
        ["management"] = FeedbackReason.Management,
        ["managers"] = FeedbackReason.Management,
        ["wrong_place"] = FeedbackReason.WrongPlace,
        ["missing_skill"] = FeedbackReason.MissingSkill,
        ["more_like_this"] = FeedbackReason.MoreLikeThis,
        ["other"] = FeedbackReason.Other,
    };

    public FeedbackPhrases(FeedbackPhrasesFile file)
    {
        if (string.IsNullOrWhiteSpace(file.Version))
        {
            throw new InvalidDataException($"{FeedbackPhrasesFile.FileName}: 'version' is required.");
        }

        Version = file.Version;
        Negations = file.Negations.ToHashSet(StringComparer.Ordinal);
        Positive = [.. file.Positive.Select((p, i) => Compile(p, $"positive[{i}]"))];
        Negative = [.. file.Negative.Select((p, i) => Compile(p, $"negative[{i}]"))];
        var reasons = new List<(FeedbackReason, Regex, bool)>();
        foreach (var (key, patterns) in file.Reasons)
        {
            if (!ReasonKeys.TryGetValue(key, out var reason))
            {
                throw new InvalidDataException($"{FeedbackPhrasesFile.FileName}: unknown reason '{key}' (known: {string.Join(", ", ReasonKeys.Keys)}).");
            }

            reasons.AddRange(patterns.Select((p, i) => (reason, Compile(p, $"reasons.{key}[{i}]"), key == "managers")));
        }

        Reasons = reasons;
    }

    public string Version { get; }

    public IReadOnlySet<string> Negations { get; }

    public IReadOnlyList<Regex> Positive { get; }

    public IReadOnlyList<Regex> Negative { get; }

    /// <summary>Each reason's patterns; ManagerWord marks the patterns of the word "manager" itself.</summary>
    public IReadOnlyList<(FeedbackReason Reason, Regex Pattern, bool ManagerWord)> Reasons { get; }

    public static FeedbackPhrases Load(PromptLibrary library) => new(BuiltInResource.Load<FeedbackPhrasesFile>(library, FeedbackPhrasesFile.FileName));

    private static Regex Compile(string pattern, string where)
    {
        try
        {
            return new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimit.Time);
        }
        catch (ArgumentException ex)
        {
            throw new InvalidDataException($"{FeedbackPhrasesFile.FileName}: {where} is not a valid pattern: {ex.Message}", ex);
        }
    }
}
