namespace Hiring.Talent.Synthetic;

/// <summary>One generated role and the skills truly used in it.</summary>
/// <param name="Company">The employer.</param>
/// <param name="Title">Title as shown in the profile.</param>
/// <param name="Seniority">Level of the role.</param>
/// <param name="Start">First month in the role.</param>
/// <param name="End">Last month in the role; null while current.</param>
/// <param name="Skills">Skills used in the role; the description names each one.</param>
/// <param name="LaidOff">The role ended in the employer's layoff wave.</param>
public sealed record SyntheticRole(
    SyntheticCompany Company,
    string Title,
    Seniority Seniority,
    DateOnly Start,
    DateOnly? End,
    IReadOnlyList<string> Skills,
    bool LaidOff);
