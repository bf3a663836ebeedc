namespace Hiring.Talent.Synthetic;

/// <summary>An employer in the synthetic world.</summary>
/// <param name="Name">Unique name.</param>
/// <param name="Clinical">A hospital or clinic: employs the healthcare family only.</param>
/// <param name="Trend">Recent headcount story.</param>
/// <param name="LayoffMonth">First day of the month of the layoff wave, for <see cref="CompanyTrend.Layoffs"/>.</param>
/// <param name="Weight">Relative size: how often people work there.</param>
public sealed record SyntheticCompany(string Name, bool Clinical, CompanyTrend Trend, DateOnly? LayoffMonth, int Weight);
