using Hiring.Gateway.GraphQL.Schema;

namespace Hiring.Gateway.Tests.GraphQL.Schema;

public sealed class SchemaFileTests
{
    [Fact]
    public void TheCommittedSchemaFileMatchesTheCode()
    {
        var committed = File.ReadAllText(Path.Combine(RepositoryRoot(), "schema.graphql")).ReplaceLineEndings("\n");

        Assert.True(
            committed == SchemaExport.Sdl(),
            "schema.graphql is out of date; regenerate it: dotnet run --project src/Gateway -- schema > schema.graphql");
    }

    [Fact]
    public void TheSchemaOffersTheAssistantOperations()
    {
        var sdl = SchemaExport.Sdl();

        Assert.Contains("assistantEvents(after: String): AssistantEvent!", sdl, StringComparison.Ordinal);
        Assert.Contains("sendMessage(clientMessageId: String!, text: String!, projectId: ID): PostAck!", sdl, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Hiring.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Hiring.sln not found above the test binaries.");
    }
}
