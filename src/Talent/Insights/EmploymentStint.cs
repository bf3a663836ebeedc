using Hiring.Contracts.Talent;

namespace Hiring.Talent.Insights;

/// <summary>An unbroken stay at one employer: consecutive roles at the same company (promotions) merged.</summary>
internal sealed record EmploymentStint(string Company, DateOnly Start, DateOnly? End)
{
    public static IReadOnlyList<EmploymentStint> Of(CandidateProfile profile)
    {
        var stints = new List<EmploymentStint>();
        foreach (var role in profile.Experiences.OrderBy(e => e.Start))
        {
            var company = role.Company.Trim();
            if (stints.Count > 0 && string.Equals(stints[^1].Company, company, StringComparison.OrdinalIgnoreCase))
            {
                var last = stints[^1];
                stints[^1] = last with { End = last.End is null || role.End is null ? null : Max(last.End.Value, role.End.Value) };
            }
            else
            {
                stints.Add(new EmploymentStint(company, role.Start, role.End));
            }
        }

        return stints;
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
