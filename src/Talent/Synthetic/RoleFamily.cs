namespace Hiring.Talent.Synthetic;

/// <summary>A family of roles: its specialties and skills, leadership titles, fields of study and kinds of work.</summary>
public sealed record RoleFamily(
    string Name,
    IReadOnlyList<SkillCluster> Clusters,
    IReadOnlyList<string> CommonSkills,
    string LeadPrefix,
    string ManagerTitle,
    string DirectorTitle,
    IReadOnlyList<string> Fields,
    IReadOnlyList<string> Work,
    bool Clinical = false)
{
    /// <summary>The title of a role in <paramref name="cluster"/> at <paramref name="seniority"/>.</summary>
    public string Title(SkillCluster cluster, Seniority seniority) => seniority switch
    {
        Seniority.Junior => $"Junior {cluster.Specialty}",
        Seniority.Mid => cluster.Specialty,
        Seniority.Senior => $"Senior {cluster.Specialty}",
        Seniority.Staff => $"{LeadPrefix} {cluster.Specialty}",
        Seniority.Manager => ManagerTitle,
        _ => DirectorTitle,
    };
}
