namespace Hiring.Agents.Outreach;

/// <summary>Who a step names, for a step whose input is not itself an <see cref="IRecipientRequest"/> (one candidate's conversation or screen: no "top N").</summary>
public sealed record RecipientRequest(string? Request, string? Candidate, IReadOnlyList<string>? Candidates, int? Count = null) : IRecipientRequest;
