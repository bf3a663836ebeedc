using GraphQL;
using GraphQL.Types;
using Hiring.Talent.Search;

namespace Hiring.Gateway.GraphQL.Types;

public sealed class MatchReasonType : ObjectGraphType<MatchReason>
{
    public MatchReasonType()
    {
        Name = "MatchReason";
        Description = "A field of the profile and the query terms found in it.";
        Field<NonNullGraphType<StringGraphType>>("field").Resolve(c => c.Source.Field);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("terms").WithComplexityImpact(1, 3).Resolve(c => c.Source.Terms);
    }
}
