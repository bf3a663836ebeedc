using GraphQL;
using Hiring.Contracts.Projects;

namespace Hiring.Gateway.GraphQL.Schema.Projects;

/// <summary>
/// The tenant's projects as one query lists them: the first field that needs where a project stands
/// asks every project of the list for its overview in parallel, once; a list of titles asks nothing.
/// </summary>
public sealed class ProjectList
{
    private readonly Lazy<Task<Dictionary<string, ProjectOverview>>> _overviews;

    private ProjectList(IReadOnlyList<(string ProjectId, IHiringProject Grain)> projects) =>
        _overviews = new(async () =>
        {
            var overviews = await Task.WhenAll(projects.Select(p => p.Grain.Overview()));
            return projects.Zip(overviews).ToDictionary(p => p.First.ProjectId, p => p.Second, StringComparer.Ordinal);
        });

    public static List<ProjectSummaryView> Of(IResolveFieldContext context, IReadOnlyList<PastProject> projects)
    {
        var list = new ProjectList([.. projects.Select(p => (p.ProjectId, context.Project(p.ProjectId)))]);
        return [.. projects.Select(p => new ProjectSummaryView(p, list))];
    }

    public async Task<ProjectOverview> OverviewAsync(string projectId) => (await _overviews.Value)[projectId];
}
