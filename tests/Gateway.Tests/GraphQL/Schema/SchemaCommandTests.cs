using Hiring.Gateway.GraphQL.Schema;
using Hiring.Gateway.Tests.Support;

namespace Hiring.Gateway.Tests.GraphQL.Schema;

[Collection(ConsoleCollection.Name)]
public sealed class SchemaCommandTests
{
    [Fact]
    public async Task HiringSchemaPrintsTheSdlWithoutStartingTheServer()
    {
        var (exit, output) = await ConsoleCapture.RunAsync(["schema"]);

        Assert.Equal(0, exit);
        Assert.Equal(SchemaExport.Sdl(), output.ReplaceLineEndings("\n"));
    }
}
