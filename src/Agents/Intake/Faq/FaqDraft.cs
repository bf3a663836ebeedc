using Hiring.Contracts.Outreach;

namespace Hiring.Agents.Intake.Faq;

/// <summary>The FAQ intake drafted from the job's own words, and what it could not find.</summary>
/// <param name="Entries">One entry per topic the text states, in topic order; the recruiter approves them with the spec.</param>
/// <param name="Topics">The topic of each entry of <paramref name="Entries"/>, in the same order.</param>
/// <param name="Missing">The topics the text does not state.</param>
/// <param name="Question">One question asking the recruiter for the missing topics; null when nothing is missing.</param>
public sealed record FaqDraft(IReadOnlyList<FaqEntry> Entries, IReadOnlyList<FaqTopic> Topics, IReadOnlyList<FaqTopic> Missing, string? Question)
{
    public static readonly FaqDraft Empty = new([], [], [], null);
}
