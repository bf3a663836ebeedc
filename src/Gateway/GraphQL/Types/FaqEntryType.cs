using GraphQL.Types;
using Hiring.Contracts.Outreach;

namespace Hiring.Gateway.GraphQL.Types;

public sealed class FaqEntryType : ObjectGraphType<FaqEntry>
{
    public FaqEntryType()
    {
        Name = "FaqEntry";
        Description = "An answer candidates may receive, approved by the recruiter.";
        Field<NonNullGraphType<StringGraphType>>("question").Resolve(c => c.Source.Question);
        Field<NonNullGraphType<StringGraphType>>("answer").Resolve(c => c.Source.Answer);
    }
}
