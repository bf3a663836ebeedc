using GraphQL;
using Hiring.Gateway.GraphQL.Assistant;
using Hiring.Gateway.GraphQL.Limits;
using Microsoft.Extensions.Configuration;

namespace Hiring.Gateway.GraphQL.Schema;

/// <summary>The schema as SDL, built without starting the server (what <c>hiring schema</c> prints and schema.graphql holds).</summary>
public static class SchemaExport
{
    public static string Sdl()
    {
        var services = new ServiceCollection();
        services.AddHiringGraphQLSchema(new LimitSettings());
        services.AddSingleton<IAssistantDirectory>(_ => throw new InvalidOperationException("Printing the schema calls no resolver."));
        using var provider = services.BuildServiceProvider();
        var sdl = provider.GetRequiredService<HiringSchema>().Print();
        return sdl.ReplaceLineEndings("\n").TrimEnd() + "\n";
    }
}
