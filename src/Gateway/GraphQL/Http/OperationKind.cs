using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace Hiring.Gateway.GraphQL.Http;

public static class OperationKind
{
    /// <summary>The type of the operation a request selects; null when the document does not parse or name one (execution reports why).</summary>
    public static OperationType? Of(string query, string? operationName)
    {
        try
        {
            var operations = Parser.Parse(query).Definitions.OfType<GraphQLOperationDefinition>().ToList();
            var selected = string.IsNullOrEmpty(operationName)
                ? (operations.Count == 1 ? operations[0] : null)
                : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
            return selected?.Operation;
        }
        catch (GraphQLSyntaxErrorException)
        {
            return null;
        }
    }
}
