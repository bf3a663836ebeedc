using System.Globalization;
using Humanizer;
using Hiring.Contracts.Planning;

namespace Hiring.Reasoning.Planning;

/// <summary>Fills the summary placeholders of prompts/builtin/intents.yaml from the slots.</summary>
public static class SlotPhrases
{
    /// <summary>The location slot the extractor adds for a remote role.</summary>
    public const string RemoteSlot = "remote";

    /// <param name="template">The intent's summary with its placeholders.</param>
    /// <param name="slots">What the message asked for.</param>
    /// <param name="message">The recruiter's words: a skill they wrote is named as they wrote it ("ADP", not "adp").</param>
    public static string Fill(string template, RequestSlots slots, string? message = null) => template
        .Replace("{criteria}", Criteria(slots, message), StringComparison.Ordinal)
        .Replace("{candidate}", slots.Candidate ?? "the candidate", StringComparison.Ordinal)
        .Replace("{for_candidate}", slots.Candidate is null ? string.Empty : $" for {slots.Candidate}", StringComparison.Ordinal)
        .Replace("{subject}", slots.Subject ?? "that", StringComparison.Ordinal)
        .Replace("{count}", slots.Count?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, StringComparison.Ordinal);

    /// <summary>e.g. "5 senior software engineers with Go, Kubernetes in Berlin (3+ years)".</summary>
    public static string Criteria(RequestSlots slots, string? message = null)
    {
        var words = new List<string>();
        if (slots.Count is { } count)
        {
            words.Add(count.ToString(CultureInfo.InvariantCulture));
        }

        if (slots.Seniority is { } seniority)
        {
            words.Add(seniority);
        }

        words.Add(slots.Titles.Count > 0 ? string.Join(" or ", slots.Titles.Select(t => t.Pluralize(inputIsKnownToBeSingular: true))) : "candidates");
        if (slots.Skills.Count > 0)
        {
            words.Add("with " + string.Join(", ", slots.Skills.Select(skill => AsWritten(skill, message))));
        }

        // "remote" among the locations is a way of working, not a place: "in Berlin or remote", "working remotely".
        var places = slots.Locations.Where(l => !string.Equals(l, RemoteSlot, StringComparison.OrdinalIgnoreCase)).ToList();
        var remote = places.Count < slots.Locations.Count;
        if (places.Count > 0)
        {
            words.Add("in " + string.Join(" or ", places.Select(CultureInfo.InvariantCulture.TextInfo.ToTitleCase)) + (remote ? " or remote" : string.Empty));
        }
        else if (remote)
        {
            words.Add("working remotely");
        }

        if (slots.Years is { } years)
        {
            words.Add($"({years}+ years)");
        }

        return string.Join(' ', words);
    }

    /// <summary>The skill as the recruiter wrote it, when the message holds it as a whole word; else its canonical name.</summary>
    private static string AsWritten(string skill, string? message)
    {
        if (message is null)
        {
            return skill;
        }

        for (var at = message.IndexOf(skill, StringComparison.OrdinalIgnoreCase); at >= 0; at = message.IndexOf(skill, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + skill.Length;
            if ((at == 0 || !char.IsLetterOrDigit(message[at - 1])) && (end == message.Length || !char.IsLetterOrDigit(message[end])))
            {
                return message.Substring(at, skill.Length);
            }
        }

        return skill;
    }
}
