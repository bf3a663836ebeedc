using Hiring.Contracts.Projects;

namespace Hiring.Reasoning.Understanding.Places;

/// <summary>What a request says about where the work is.</summary>
/// <param name="Places">Where the role is based, in the order written ("Berlin or Munich").</param>
/// <param name="Remote">Remote, hybrid, on site, or not said.</param>
/// <param name="RemoteWithin">Where a remote worker must live ("remote within the US"); empty when anywhere or not remote.</param>
/// <param name="Spans">The place and work-arrangement phrases of the text, in order.</param>
public sealed record PlaceReading(IReadOnlyList<Place> Places, RemotePolicy Remote, IReadOnlyList<Place> RemoteWithin, IReadOnlyList<PlaceSpan> Spans)
{
    public static PlaceReading None { get; } = new([], RemotePolicy.Unspecified, [], []);
}
