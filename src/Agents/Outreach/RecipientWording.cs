using Hiring.Contracts.Projects;

namespace Hiring.Agents.Outreach;

/// <summary>
/// Whom "the top N" ranks and how the questions about who is meant are worded: outreach ranks those
/// not yet contacted and asks "who should I write to"; another agent (screening) ranks its own stages
/// and says its own words (messages who, which, unknown, nobody).
/// </summary>
/// <param name="Ranked">The stages "the top N" and "the shortlist" choose from.</param>
/// <param name="Say">The message of a key, filled with its values.</param>
public sealed record RecipientWording(IReadOnlyCollection<PipelineStage> Ranked, Func<string, (string Name, string Value)[], string> Say);
