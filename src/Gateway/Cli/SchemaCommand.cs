using System.CommandLine;
using Hiring.Gateway.GraphQL.Schema;

namespace Hiring.Gateway.Cli;

/// <summary><c>hiring schema</c>: print the GraphQL schema as SDL (regenerate the committed file with <c>hiring schema &gt; schema.graphql</c>).</summary>
public static class SchemaCommand
{
    public static Command Create()
    {
        var schema = new Command("schema", "Print the GraphQL schema (SDL). Regenerate the committed copy: hiring schema > schema.graphql");
        schema.SetAction(result =>
        {
            result.InvocationConfiguration.Output.Write(SchemaExport.Sdl());
            return 0;
        });
        return schema;
    }
}
