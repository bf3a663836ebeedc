using Hiring.Agents.Identity;
using Hiring.Contracts.Projects;

namespace Hiring.Evals.Suites.Dialogue;

/// <summary>
/// The projects a conversation created and the one the recruiter is working on. The supervisor fixes
/// a new project's id from the message that created it (<c>{recruiter}.p{inbox sequence}</c>), so
/// each posted message's candidate id is asked whether it exists; the latest created is the current
/// one (the supervisor makes each new project current). Re-point here if the supervisor exposes them.
/// </summary>
public static class ProjectLookup
{
    public static async Task<IReadOnlyList<IHiringProject>> CreatedAsync(IGrainFactory grains, string tenant, string recruiterId, IEnumerable<long> inboxSequences)
    {
        var created = new List<IHiringProject>();
        foreach (var sequence in inboxSequences)
        {
            var project = grains.GetGrain<IHiringProject>(GrainKeys.Project(tenant, $"{recruiterId}.p{sequence}"));
            if (await project.Exists())
            {
                created.Add(project);
            }
        }

        return created;
    }
}
