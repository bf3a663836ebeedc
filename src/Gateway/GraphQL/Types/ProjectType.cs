using GraphQL;
using GraphQL.Types;
using Hiring.Agents.Identity;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Supervisor;
using Hiring.Gateway.GraphQL.Schema.Projects;

namespace Hiring.Gateway.GraphQL.Types;

public sealed class ProjectType : ObjectGraphType<ProjectSnapshot>
{
    public ProjectType()
    {
        Name = "Project";
        Description = "A hiring project as it stands: spec, qualifications and pipeline.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.ProjectId);
        Field<IdGraphType>("owner").Description("The recruiter who owns it.").Resolve(c => c.Source.Owner is { } owner ? GrainKeys.IdOf(owner) : null);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("updatedAt").Resolve(c => c.Source.UpdatedAt);
        Field<JobSpecType>("spec").Description("Null until intake has produced one.").Resolve(c => c.Source.Spec);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<QualificationType>>>>("qualifications")
            .Description("The current version of each qualification, approved or not.")
            .WithComplexityImpact(1, 10)
            .Resolve(c => c.Source.Qualifications);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PipelineEntryType>>>>("pipeline")
            .Description("Candidates and their stages, best score first; `first` keeps the best few (all when omitted) and is what the complexity limit counts.")
            .Argument<IntGraphType>("first")
            .Resolve(c => Pipeline(c.Source, c.GetArgument<int?>("first")));
    }

    private static List<PipelineEntryView> Pipeline(ProjectSnapshot project, int? first)
    {
        if (first is < 1)
        {
            throw new ExecutionError("first must be at least 1.") { Code = RefusalCodes.Invalid };
        }

        return [.. project.Pipeline.Take(first ?? int.MaxValue).Select(e => new PipelineEntryView(project.ProjectId, e))];
    }
}
