using GraphQL.Types;
using Hiring.Contracts.Talent;

namespace Hiring.Gateway.GraphQL.Types;

public sealed class LocationType : ObjectGraphType<Location>
{
    public LocationType()
    {
        Name = "Location";
        Field<NonNullGraphType<StringGraphType>>("city").Resolve(c => c.Source.City);
        Field<NonNullGraphType<StringGraphType>>("region").Description("Empty when unknown.").Resolve(c => c.Source.Region);
        Field<NonNullGraphType<StringGraphType>>("country").Resolve(c => c.Source.Country);
        Field<NonNullGraphType<StringGraphType>>("text").Description("City, region, country without empty parts.").Resolve(c => c.Source.ToString());
    }
}
