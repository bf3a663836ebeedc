using Hiring.Contracts.Tenancy;

namespace Hiring.Contracts.Projects;

/// <summary>
/// What a tenant hired for before (key: the tenant id alone): past projects and past hires, bounded to
/// the most recent. Intake uses it to fill a request's missing essentials from the recruiter's similar
/// projects and to suggest qualifications from past hires. Refuses calls from another tenant (see <see cref="ITenantScoped"/>).
/// </summary>
[Alias("hiring.projects.tenant-history")]
public interface ITenantHistory : IGrainWithStringKey, ITenantScoped
{
    /// <summary>Remembers a project and the spec it was created with; recording the same project again replaces it.</summary>
    Task RecordProject(string projectId, string owner, JobSpec spec);

    /// <summary>Remembers a hire for a role; recording the same project again replaces it.</summary>
    Task RecordHire(string projectId, string normalizedTitle, IReadOnlyList<string> skills);

    /// <summary>Past projects for the same normalized title (or whose title contains the text), most recent first.</summary>
    Task<IReadOnlyList<PastProject>> SimilarProjects(string title, int max);

    /// <summary>The tenant's remembered projects (at most the most recent 200), most recent first.</summary>
    Task<IReadOnlyList<PastProject>> Projects(int max);

    /// <summary>Skills of past hires for a normalized title, the most common first.</summary>
    Task<IReadOnlyList<string>> PastHireSkills(string normalizedTitle);
}
