namespace Hiring.Talent.Insights;

/// <summary>A month (its first day) whose departures from a company far exceed its monthly average over the window.</summary>
public sealed record LayoffSignal(string Company, DateOnly Month, int Departures, double MonthlyAverage);
