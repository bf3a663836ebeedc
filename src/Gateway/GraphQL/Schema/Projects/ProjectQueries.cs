using GraphQL;
using GraphQL.Types;
using Hiring.Agents.Intake;
using Hiring.Gateway.GraphQL.Types;

namespace Hiring.Gateway.GraphQL.Schema.Projects;

/// <summary>Query fields of hiring projects: the tenant's projects, and one project with its spec, qualifications, pipeline and evidence.</summary>
public static class ProjectQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProjectSummaryType>>>>("projects")
            .Description("The projects of the recruiter's tenant, most recent first (the history keeps the latest 200).")
            .Argument<IntGraphType>("max", a => a.DefaultValue = 50)
            .ResolveAsync(async c => ProjectList.Of(c, await c.TenantHistory().Projects(c.Max(TenantHistoryBook.MaxProjects))));

        query.Field<NonNullGraphType<ProjectType>>("project")
            .Description("One project of the recruiter's tenant; another tenant's id reads like an unknown one (NOT_FOUND).")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.Project(c.GetArgument<string>("id")).Snapshot());
    }
}
