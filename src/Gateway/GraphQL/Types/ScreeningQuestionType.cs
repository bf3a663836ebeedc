using GraphQL.Types;
using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Screening;

namespace Hiring.Gateway.GraphQL.Types;

public sealed class ScreeningQuestionType : ObjectGraphType<ScreeningQuestion>
{
    public ScreeningQuestionType()
    {
        Name = "ScreeningQuestion";
        Description = "A question for a candidate's screen, aimed at one qualification.";
        Field<NonNullGraphType<IdGraphType>>("qualificationId").Resolve(c => c.Source.QualificationId);
        Field<NonNullGraphType<StringGraphType>>("qualification").Resolve(c => c.Source.Qualification);
        Field<NonNullGraphType<EnumerationGraphType<AssessmentVerdict>>>("verdict").Description("What the evaluation found for this candidate.").Resolve(c => c.Source.Verdict);
        Field<NonNullGraphType<BooleanGraphType>>("essential").Description("A must-have of the role.").Resolve(c => c.Source.Essential);
        Field<NonNullGraphType<StringGraphType>>("text").Resolve(c => c.Source.Text);
    }
}
