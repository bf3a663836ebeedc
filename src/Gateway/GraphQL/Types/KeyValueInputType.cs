using GraphQL.Types;

namespace Hiring.Gateway.GraphQL.Types;

public sealed class KeyValueInputType : InputObjectGraphType
{
    public KeyValueInputType()
    {
        Name = "KeyValueInput";
        Field<NonNullGraphType<StringGraphType>>("key");
        Field<NonNullGraphType<StringGraphType>>("value");
    }
}
