using GraphQL.Types;
using Hiring.Contracts.Evaluation;

namespace Hiring.Gateway.GraphQL.Types;

public sealed class EvidenceQuoteType : ObjectGraphType<EvidenceQuote>
{
    public EvidenceQuoteType()
    {
        Name = "EvidenceQuote";
        Description = "A verbatim quote from the (masked) profile.";
        Field<NonNullGraphType<StringGraphType>>("section").Description("Where it is: headline, summary, skills, experience[i].title, …").Resolve(c => c.Source.Section);
        Field<NonNullGraphType<StringGraphType>>("text").Resolve(c => c.Source.Text);
    }
}
