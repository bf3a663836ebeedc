using GraphQL.Types;
using Hiring.Agents.Identity;
using Hiring.Gateway.GraphQL.Schema.Projects;

namespace Hiring.Gateway.GraphQL.Types;

public sealed class ProjectSummaryType : ObjectGraphType<ProjectSummaryView>
{
    public ProjectSummaryType()
    {
        Name = "ProjectSummary";
        Description = "A project of the recruiter's tenant, as the tenant's history remembers it, with where it stands now.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Project.ProjectId);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Project.Spec.Title);
        Field<NonNullGraphType<IdGraphType>>("owner").Description("The recruiter who owns it.").Resolve(c => GrainKeys.IdOf(c.Source.Project.Owner));
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("created").Description("When intake created it.").Resolve(c => c.Source.Project.RecordedAt);
        Field<NonNullGraphType<ProjectStatusType>>("status")
            .Description("Where the project stands (the projects of the list are asked in parallel, once).")
            .ResolveAsync(async c => (await c.Source.OverviewAsync()).Phase);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StageCountType>>>>("stageCounts")
            .Description("Candidates per stage, only stages with someone, in PipelineStage order.")
            .ResolveAsync(async c => (await c.Source.OverviewAsync()).StageCounts);
        Field<StringGraphType>("location").Description("The spec's first location, when it names any.").ResolveAsync(async c => (await c.Source.OverviewAsync()).Location);
    }
}
