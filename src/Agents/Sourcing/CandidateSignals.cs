namespace Hiring.Agents.Sourcing;

/// <summary>Market signals about one candidate, from the insights over the pool.</summary>
/// <param name="OpenToWork">The person says they are open to new roles.</param>
/// <param name="LayoffCompany">A company they are at (or just left) that shows a recent layoff signal.</param>
/// <param name="LayoffMonth">The month of that signal.</param>
/// <param name="LayoffDepartures">Departures in that month.</param>
/// <param name="DaysInRole">Days in the current role, when one is open.</param>
public sealed record CandidateSignals(bool OpenToWork, string? LayoffCompany = null, DateOnly? LayoffMonth = null, int LayoffDepartures = 0, int? DaysInRole = null)
{
    public static CandidateSignals None { get; } = new(false);
}
