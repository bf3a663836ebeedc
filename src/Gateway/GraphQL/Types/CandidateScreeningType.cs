using GraphQL.Types;
using Hiring.Contracts.Screening;

namespace Hiring.Gateway.GraphQL.Types;

public sealed class CandidateScreeningType : ObjectGraphType<CandidateScreening>
{
    public CandidateScreeningType()
    {
        Name = "CandidateScreening";
        Description = "The latest screening questions and transcript summary kept for a candidate of a project.";
        Field<NonNullGraphType<IdGraphType>>("candidateId").Resolve(c => c.Source.CandidateId);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ScreeningQuestionType>>>>("questions").Resolve(c => c.Source.Questions);
        Field<ScreeningSummaryType>("summary").Resolve(c => c.Source.Summary);
    }
}
