using GraphQL;
using GraphQL.Types;
using Hiring.Contracts.Projects;
using Hiring.Gateway.GraphQL.Schema.Projects;

namespace Hiring.Gateway.GraphQL.Types;

public sealed class PipelineEntryType : ObjectGraphType<PipelineEntryView>
{
    public PipelineEntryType()
    {
        Name = "PipelineEntry";
        Description = "A candidate in a project's pipeline, with every move.";
        Field<NonNullGraphType<IdGraphType>>("candidateId").Resolve(c => c.Source.Entry.CandidateId);
        Field<NonNullGraphType<EnumerationGraphType<PipelineStage>>>("stage").Resolve(c => c.Source.Entry.Stage);
        Field<FloatGraphType>("score").Description("The latest evaluation score (0 to 1), when evaluated.").Resolve(c => c.Source.Entry.Score);
        Field<StringGraphType>("why").Description("Why the assistant added the candidate, when it did.").Resolve(c => c.Source.Entry.Why);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StageMoveType>>>>("moves").Description("Oldest first.").WithComplexityImpact(1, 3)
            .ResolveAsync(async c => await c.Project(c.Source.ProjectId).Moves(c.Source.Entry.CandidateId));
        Field<CandidateEvaluationType>("evidence")
            .Description("The latest evaluation from the project's evidence ledger; null before any.")
            .ResolveAsync(async c => await c.Project(c.Source.ProjectId).LatestEvaluation(c.Source.Entry.CandidateId));
    }
}
