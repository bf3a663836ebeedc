using Hiring.Agents.Identity;
using Hiring.Contracts.Projects;

namespace Hiring.Evals.Suites.Dialogue;

/// <summary>
/// The projects a conversation created and the one the recruiter is working on. The supervisor fixes
/// a new project's id from the message that created it (<c>{recruiter}.p{inbox sequence}</c>), so
/// each posted message's candidate id is asked whether it exists; the latest created is the current
/// one (the supervisor makes each new project current), unless a later turn went back to an earlier
/// project by name (its plan names the project). Re-point here if the supervisor exposes them.
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

    /// <summary>The project the recruiter works on after the turns: the last one a turn created or went back to, null when none.</summary>
    public static async Task<IHiringProject?> CurrentAsync(IGrainFactory grains, string tenant, string recruiterId, IReadOnlyList<long> inboxSequences, IReadOnlyList<string?> returnedTo)
    {
        IHiringProject? current = null;
        for (var i = 0; i < inboxSequences.Count; i++)
        {
            var created = grains.GetGrain<IHiringProject>(GrainKeys.Project(tenant, $"{recruiterId}.p{inboxSequences[i]}"));
            if (await created.Exists())
            {
                current = created;
            }
            else if (i < returnedTo.Count && returnedTo[i] is { } back)
            {
                current = grains.GetGrain<IHiringProject>(GrainKeys.Project(tenant, back));
            }
        }

        return current;
    }
}
