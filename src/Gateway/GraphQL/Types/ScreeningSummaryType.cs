using GraphQL.Types;
using Hiring.Contracts.Screening;

namespace Hiring.Gateway.GraphQL.Types;

public sealed class ScreeningSummaryType : ObjectGraphType<ScreeningSummary>
{
    public ScreeningSummaryType()
    {
        Name = "ScreeningSummary";
        Description = "A screen's transcript summarized per approved qualification.";
        Field<NonNullGraphType<IdGraphType>>("candidateId").Resolve(c => c.Source.CandidateId);
        Field<NonNullGraphType<StringGraphType>>("text").Resolve(c => c.Source.Text);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<QualificationNoteType>>>>("notes").Resolve(c => c.Source.Notes);
        Field<NonNullGraphType<IntGraphType>>("turns").Resolve(c => c.Source.Turns);
        Field<NonNullGraphType<StringGraphType>>("candidateSpeaker").Description("The speaker label read as the candidate.").Resolve(c => c.Source.CandidateSpeaker);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Resolve(c => c.Source.At);
    }
}
