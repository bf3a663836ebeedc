using GraphQL.Types;
using Hiring.Talent.Insights;

namespace Hiring.Gateway.GraphQL.Types;

public sealed class CompanyGrowthType : ObjectGraphType<CompanyGrowth>
{
    public CompanyGrowthType()
    {
        Name = "CompanyGrowth";
        Field<NonNullGraphType<StringGraphType>>("company").Resolve(c => c.Source.Company);
        Field<NonNullGraphType<IntGraphType>>("joins").Resolve(c => c.Source.Joins);
        Field<NonNullGraphType<IntGraphType>>("leaves").Resolve(c => c.Source.Leaves);
        Field<NonNullGraphType<IntGraphType>>("net").Resolve(c => c.Source.Net);
    }
}
