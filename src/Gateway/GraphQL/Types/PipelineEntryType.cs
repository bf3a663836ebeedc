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
            .Description("The latest evaluation from the project's evidence ledger; null before any. Read for every entry of the list in one grain call.")
            .ResolveAsync(async c => await c.Source.Page.EvidenceAsync(c.Source.Entry.CandidateId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<QualificationAssessmentType>>>>("assessments")
            .Description("Every assessment of the candidate in the project's evidence ledger, oldest first: each qualification's verdict with its quotes, across evaluations.")
            .WithComplexityImpact(1, 5)
            .ResolveAsync(async c => await c.Source.Page.AssessmentsAsync(c.Source.Entry.CandidateId));
        Field<CandidateSummaryType>("candidate")
            .Description("The candidate's profile at a glance (the tenant's own pool first, then the public one); null when the profile is gone. Looked up for every entry of the list at once.")
            .ResolveAsync(async c => await c.Source.Page.CandidateAsync(c.Source.Entry.CandidateId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CandidateNoteType>>>>("notes")
            .Description("The recruiters' notes on the candidate in this project, oldest first (the latest 100).")
            .WithComplexityImpact(1, 3)
            .ResolveAsync(async c => await c.Source.Page.NotesAsync(c.Source.Entry.CandidateId));
    }
}
