namespace Hiring.Talent.Synthetic;

/// <summary>How long a person truly used a skill: the months of the dated roles that used it.</summary>
/// <param name="Skill">Skill name as it appears in the profile.</param>
/// <param name="Months">Months of real use; 0 for a skill listed but never used in a role.</param>
/// <param name="Years">Months / 12, rounded to one decimal.</param>
public sealed record SkillTruth(string Skill, int Months, double Years);
