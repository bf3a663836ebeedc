namespace Hiring.Talent.Insights;

/// <summary>How many matched profiles have a value, and their share of all matched profiles.</summary>
public sealed record InsightCount(string Value, int Count, double Share);
