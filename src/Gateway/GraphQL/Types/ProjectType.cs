using GraphQL;
using GraphQL.Types;
using Hiring.Agents.Identity;
using Hiring.Agents.Projects;
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
        Field<NonNullGraphType<ProjectStatusType>>("status").Description("Where the project stands.").Resolve(c => ProjectProgress.PhaseOf(c.Source.Qualifications, c.Source.Pipeline));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StageCountType>>>>("stageCounts")
            .Description("Candidates per stage, only stages with someone, in PipelineStage order.")
            .Resolve(c => ProjectProgress.StageCounts(c.Source.Pipeline));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PipelineEntryType>>>>("pipeline")
            .Description("Candidates and their stages, best score first; `first` keeps the best few (all when omitted) and is what the complexity limit counts.")
            .Argument<IntGraphType>("first")
            .Resolve(c => Pipeline(c, c.GetArgument<int?>("first")));
        Field<PipelineEntryType>("entry")
            .Description("One candidate's entry in the pipeline; null when the candidate is not in it.")
            .Argument<NonNullGraphType<IdGraphType>>("candidateId")
            .Resolve(c => c.Source.Pipeline.FirstOrDefault(e => e.CandidateId == c.GetArgument<string>("candidateId")) is { } entry
                ? PipelinePage.Of(c, c.Source.ProjectId, [entry])[0]
                : null);
    }

    private static List<PipelineEntryView> Pipeline(IResolveFieldContext<ProjectSnapshot> context, int? first)
    {
        if (first is < 1)
        {
            throw new ExecutionError("first must be at least 1.") { Code = RefusalCodes.Invalid };
        }

        return PipelinePage.Of(context, context.Source.ProjectId, [.. context.Source.Pipeline.Take(first ?? int.MaxValue)]);
    }
}
