using GraphQL;
using GraphQL.Types;
using Hiring.Contracts.Evaluation;

namespace Hiring.Gateway.GraphQL.Types;

public sealed class QualificationAssessmentType : ObjectGraphType<QualificationAssessment>
{
    public QualificationAssessmentType()
    {
        Name = "QualificationAssessment";
        Description = "One candidate against one qualification: an entry of the evidence ledger.";
        Field<NonNullGraphType<IdGraphType>>("qualificationId").Resolve(c => c.Source.QualificationId);
        Field<NonNullGraphType<IntGraphType>>("qualificationVersion").Resolve(c => c.Source.QualificationVersion);
        Field<NonNullGraphType<EnumerationGraphType<AssessmentVerdict>>>("verdict").Resolve(c => c.Source.Verdict);
        Field<NonNullGraphType<StringGraphType>>("rationale").Resolve(c => c.Source.Rationale);
        Field<FloatGraphType>("years").Description("Years found from dated roles, when relevant.").Resolve(c => c.Source.Years);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceQuoteType>>>>("quotes")
            .Description("Verbatim quotes supporting the verdict (empty for UNKNOWN).")
            .WithComplexityImpact(1, 2)
            .Resolve(c => c.Source.Evidence);
        Field<NonNullGraphType<ProvenanceType>>("provenance").Resolve(c => c.Source.Provenance);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Resolve(c => c.Source.At);
    }
}
