using GraphQL;
using GraphQL.Types;
using Hiring.Contracts.Evaluation;

namespace Hiring.Gateway.GraphQL.Types;

public sealed class CandidateEvaluationType : ObjectGraphType<CandidateEvaluation>
{
    public CandidateEvaluationType()
    {
        Name = "CandidateEvaluation";
        Description = "A candidate assessed against every approved qualification, with the evidence for each verdict.";
        Field<NonNullGraphType<IdGraphType>>("candidateId").Resolve(c => c.Source.CandidateId);
        Field<NonNullGraphType<FloatGraphType>>("score").Description("0 to 1, weighted by qualification weights.").Resolve(c => c.Source.Score);
        Field<NonNullGraphType<EnumerationGraphType<Recommendation>>>("recommendation").Resolve(c => c.Source.Recommendation);
        Field<NonNullGraphType<StringGraphType>>("summary").Resolve(c => c.Source.Summary);
        Field<NonNullGraphType<ProvenanceType>>("provenance").Resolve(c => c.Source.Provenance);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<QualificationAssessmentType>>>>("assessments").WithComplexityImpact(1, 5).Resolve(c => c.Source.Assessments);
    }
}
