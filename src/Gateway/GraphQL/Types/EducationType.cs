using GraphQL.Types;
using Hiring.Contracts.Talent;

namespace Hiring.Gateway.GraphQL.Types;

public sealed class EducationType : ObjectGraphType<Education>
{
    public EducationType()
    {
        Name = "Education";
        Field<NonNullGraphType<StringGraphType>>("school").Resolve(c => c.Source.School);
        Field<NonNullGraphType<StringGraphType>>("degree").Resolve(c => c.Source.Degree);
        Field<NonNullGraphType<StringGraphType>>("field").Resolve(c => c.Source.Field);
        Field<IntGraphType>("startYear").Resolve(c => c.Source.StartYear);
        Field<IntGraphType>("endYear").Resolve(c => c.Source.EndYear);
    }
}
