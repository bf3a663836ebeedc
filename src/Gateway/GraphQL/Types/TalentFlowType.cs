using GraphQL.Types;
using Hiring.Talent.Insights;

namespace Hiring.Gateway.GraphQL.Types;

public sealed class TalentFlowType : ObjectGraphType<TalentFlow>
{
    public TalentFlowType()
    {
        Name = "TalentFlow";
        Description = "People who moved from one employer straight to another.";
        Field<NonNullGraphType<StringGraphType>>("from").Resolve(c => c.Source.From);
        Field<NonNullGraphType<StringGraphType>>("to").Resolve(c => c.Source.To);
        Field<NonNullGraphType<IntGraphType>>("moves").Resolve(c => c.Source.Moves);
    }
}
