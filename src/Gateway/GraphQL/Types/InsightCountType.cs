using GraphQL.Types;
using Hiring.Talent.Insights;

namespace Hiring.Gateway.GraphQL.Types;

public sealed class InsightCountType : ObjectGraphType<InsightCount>
{
    public InsightCountType()
    {
        Name = "InsightCount";
        Field<NonNullGraphType<StringGraphType>>("value").Resolve(c => c.Source.Value);
        Field<NonNullGraphType<IntGraphType>>("count").Resolve(c => c.Source.Count);
        Field<NonNullGraphType<FloatGraphType>>("share").Resolve(c => c.Source.Share);
    }
}
