using Hiring.Contracts.Projects;
using Hiring.Talent.Search;

namespace Hiring.Agents.Intake;

/// <summary>The logic of a tenant's history over its state: replace by project, keep the newest, match titles.</summary>
public sealed class TenantHistoryBook(TenantHistoryState state, TimeProvider clock)
{
    public const int MaxProjects = 200;
    public const int MaxHires = 500;

    public void RecordProject(string projectId, string owner, JobSpec spec)
    {
        state.Projects.RemoveAll(p => p.ProjectId == projectId);
        state.Projects.Add(new PastProject(projectId, owner, spec, clock.GetUtcNow()));
        Trim(state.Projects, MaxProjects);
    }

    public void RecordHire(string projectId, string normalizedTitle, IReadOnlyList<string> skills)
    {
        state.Hires.RemoveAll(h => h.ProjectId == projectId);
        state.Hires.Add(new PastHire(projectId, Normalize(normalizedTitle), [.. skills.Select(Normalize).Where(s => s.Length > 0).Distinct()], clock.GetUtcNow()));
        Trim(state.Hires, MaxHires);
    }

    public IReadOnlyList<PastProject> SimilarProjects(string title, int max)
    {
        var wanted = Normalize(title);
        if (wanted.Length == 0 || max <= 0)
        {
            return [];
        }

        return [.. state.Projects
            .Where(p => Normalize(p.Spec.NormalizedTitle) == wanted || Normalize(p.Spec.Title).Contains(wanted, StringComparison.Ordinal))
            .OrderByDescending(p => p.RecordedAt)
            .Take(max)];
    }

    public IReadOnlyList<PastProject> Projects(int max) =>
        max <= 0 ? [] : [.. state.Projects.OrderByDescending(p => p.RecordedAt).Take(max)];

    public IReadOnlyList<string> PastHireSkills(string normalizedTitle)
    {
        var wanted = Normalize(normalizedTitle);
        return [.. state.Hires
            .Where(h => h.NormalizedTitle == wanted)
            .SelectMany(h => h.Skills)
            .CountBy(s => s)
            .OrderByDescending(c => c.Value)
            .ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => c.Key)];
    }

    private static void Trim<T>(List<T> items, int max)
    {
        if (items.Count > max)
        {
            items.RemoveRange(0, items.Count - max);
        }
    }

    private static string Normalize(string text) => TalentTaxonomy.Normalize(text);
}
