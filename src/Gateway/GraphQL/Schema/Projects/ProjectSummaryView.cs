using Hiring.Contracts.Projects;

namespace Hiring.Gateway.GraphQL.Schema.Projects;

/// <summary>A remembered project of a list, whose overview is loaded with every other project's of the list.</summary>
public sealed record ProjectSummaryView(PastProject Project, ProjectList List)
{
    public Task<ProjectOverview> OverviewAsync() => List.OverviewAsync(Project.ProjectId);
}
