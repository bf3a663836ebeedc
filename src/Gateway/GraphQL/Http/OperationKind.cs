using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace Hiring.Gateway.GraphQL.Http;

/// <summary>What parsing a request's document says before execution: the selected operation's type, or that it nests past the parser's depth.</summary>
public readonly record struct OperationKind(OperationType? Type, bool TooDeep)
{
    public const string TooDeepMessage = "The query is nested too deeply to parse.";

    /// <summary>Type is null when the document does not parse or name one (execution reports why).</summary>
    public static OperationKind Of(string query, string? operationName)
    {
        try
        {
            var operations = Parser.Parse(query).Definitions.OfType<GraphQLOperationDefinition>().ToList();
            var selected = string.IsNullOrEmpty(operationName)
                ? (operations.Count == 1 ? operations[0] : null)
                : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
            return new OperationKind(selected?.Operation, false);
        }
        catch (GraphQLMaxDepthExceededException)
        {
            // Refused here, before execution: its message would quote the document, and 300 such documents once wrote 22 MB of log.
            return new OperationKind(null, true);
        }
        catch (GraphQLSyntaxErrorException)
        {
            return new OperationKind(null, false);
        }
    }
}
