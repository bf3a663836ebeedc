using System.Globalization;
using Humanizer;
using Hiring.Contracts.Planning;

namespace Hiring.Reasoning.Planning;

/// <summary>Fills the summary placeholders of prompts/builtin/intents.yaml from the slots.</summary>
public static class SlotPhrases
{
    /// <summary>The location slot the extractor adds for a remote role.</summary>
    public const string RemoteSlot = "remote";

    public static string Fill(string template, RequestSlots slots) => template
        .Replace("{criteria}", Criteria(slots), StringComparison.Ordinal)
        .Replace("{candidate}", slots.Candidate ?? "the candidate", StringComparison.Ordinal)
        .Replace("{for_candidate}", slots.Candidate is null ? string.Empty : $" for {slots.Candidate}", StringComparison.Ordinal)
        .Replace("{subject}", slots.Subject ?? "that", StringComparison.Ordinal)
        .Replace("{count}", slots.Count?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, StringComparison.Ordinal);

    /// <summary>e.g. "5 senior software engineers with go, kubernetes in Berlin (3+ years)".</summary>
    public static string Criteria(RequestSlots slots)
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
            words.Add("with " + string.Join(", ", slots.Skills));
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
}
