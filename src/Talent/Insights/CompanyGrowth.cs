namespace Hiring.Talent.Insights;

/// <summary>Hires and departures of a company over the growth window; Net = Joins - Leaves.</summary>
public sealed record CompanyGrowth(string Company, int Joins, int Leaves, int Net);
