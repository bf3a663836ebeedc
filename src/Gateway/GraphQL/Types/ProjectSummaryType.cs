using GraphQL.Types;
using Hiring.Agents.Identity;
using Hiring.Contracts.Projects;

namespace Hiring.Gateway.GraphQL.Types;

public sealed class ProjectSummaryType : ObjectGraphType<PastProject>
{
    public ProjectSummaryType()
    {
        Name = "ProjectSummary";
        Description = "A project of the recruiter's tenant, as the tenant's history remembers it.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.ProjectId);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Spec.Title);
        Field<NonNullGraphType<IdGraphType>>("owner").Description("The recruiter who owns it.").Resolve(c => GrainKeys.IdOf(c.Source.Owner));
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("created").Description("When intake created it.").Resolve(c => c.Source.RecordedAt);
    }
}
