using Hiring.Agents.SubAgents;
using Hiring.Contracts.Planning;

namespace Hiring.Agents.Sourcing.Steps;

/// <summary>Output of record-feedback (none when there was nothing to react to or the words were not understood).</summary>
/// <param name="Query">The query the search runs with now.</param>
/// <param name="Liked">The candidates liked.</param>
/// <param name="Disliked">The candidates disliked.</param>
[GenerateSerializer, Immutable, Alias("hiring.sourcing.record-feedback-output")]
public sealed record RecordFeedbackOutput(
    [property: Id(0)][StepValue(StepValueNames.Query)] string? Query = null,
    [property: Id(1)][StepValue(StepValueNames.FeedbackLiked)] IReadOnlyList<string>? Liked = null,
    [property: Id(2)][StepValue(StepValueNames.FeedbackDisliked)] IReadOnlyList<string>? Disliked = null);
