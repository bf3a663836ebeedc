using GraphQL.Types;
using Hiring.Contracts.Screening;

namespace Hiring.Gateway.GraphQL.Types;

public sealed class QualificationNoteType : ObjectGraphType<QualificationNote>
{
    public QualificationNoteType()
    {
        Name = "QualificationNote";
        Description = "What a screen says about one qualification: the candidate's own words, quoted verbatim, or not covered.";
        Field<NonNullGraphType<IdGraphType>>("qualificationId").Resolve(c => c.Source.QualificationId);
        Field<NonNullGraphType<StringGraphType>>("qualification").Description("The qualification's text as approved.").Resolve(c => c.Source.Qualification);
        Field<NonNullGraphType<BooleanGraphType>>("covered").Description("False when the transcript does not touch it (nothing is invented).").Resolve(c => c.Source.Coverage == NoteCoverage.Covered);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("quotes").Description("Verbatim parts of the candidate's turns.").Resolve(c => c.Source.Quotes);
        Field<NonNullGraphType<StringGraphType>>("text").Resolve(c => c.Source.Text);
    }
}
