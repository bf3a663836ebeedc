using GraphQL.Types;

namespace Hiring.Gateway.GraphQL.Types;

public sealed class KeyValueType : ObjectGraphType<KeyValuePair<string, string>>
{
    public KeyValueType()
    {
        Name = "KeyValue";
        Field<NonNullGraphType<StringGraphType>>("key").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<StringGraphType>>("value").Resolve(c => c.Source.Value);
    }
}
