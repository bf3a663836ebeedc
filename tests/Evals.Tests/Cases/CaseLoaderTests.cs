using Hiring.Evals.Cases;
using Hiring.Evals.Core;
using Hiring.Evals.Tests.Support;

namespace Hiring.Evals.Tests.Cases;

public sealed class CaseLoaderTests
{
    [Fact]
    public void EveryCaseIsReadInOrderAndCommentsAndBlankLinesAreSkipped()
    {
        using var folder = new CaseFolder().With("planner", EvalSplit.Dev,
            "// the first cases",
            """{"id": "p-1", "message": "hello"}""",
            "",
            """  {"id": "p-2", "message": "find more"}""");

        var read = new CaseLoader(folder.Path).Load("planner", EvalSplit.Dev);

        Assert.Null(read.Missing);
        Assert.Equal(["p-1", "p-2"], read.Cases.Select(c => c.Id));
        Assert.Equal([2, 4], read.Cases.Select(c => c.Line));
        Assert.Equal("find more", CaseJson.Text(read.Cases[1].Json, "message"));
    }

    [Fact]
    public void AMissingSplitIsReportedWithItsSuiteAndFileRatherThanThrown()
    {
        using var folder = new CaseFolder().With("planner", EvalSplit.Dev, """{"id": "p-1"}""");

        var read = new CaseLoader(folder.Path).Load("planner", EvalSplit.Blind);

        Assert.Empty(read.Cases);
        Assert.Contains("planner", read.Missing, StringComparison.Ordinal);
        Assert.Contains("blind.jsonl", read.Missing, StringComparison.Ordinal);
    }

    [Fact]
    public void AMalformedLineFailsWithTheFileTheLineAndTheJsonError()
    {
        using var folder = new CaseFolder().With("intake", EvalSplit.Dev, """{"id": "i-1"}""", "// fine", """{"id": "i-2", "input": "oops}""");

        var error = Assert.Throws<CaseFileException>(() => new CaseLoader(folder.Path).Load("intake", EvalSplit.Dev));

        Assert.Contains(Path.Combine("intake", "dev.jsonl") + ":3:", error.Message, StringComparison.Ordinal);
        Assert.Contains("LineNumber", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"message": "no id"}""", "no \"id\"")]
    [InlineData("""["not", "an", "object"]""", "JSON object")]
    public void ACaseWithoutAnIdOrThatIsNoObjectFailsWithItsLine(string line, string reason)
    {
        using var folder = new CaseFolder().With("policy", EvalSplit.Blind, line);

        var error = Assert.Throws<CaseFileException>(() => new CaseLoader(folder.Path).Load("policy", EvalSplit.Blind));

        Assert.Contains("blind.jsonl:1:", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnIdUsedTwiceInOneFileFails()
    {
        using var folder = new CaseFolder().With("policy", EvalSplit.Dev, """{"id": "x"}""", """{"id": "x"}""");

        var error = Assert.Throws<CaseFileException>(() => new CaseLoader(folder.Path).Load("policy", EvalSplit.Dev));

        Assert.Contains("dev.jsonl:2:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryCaseFileOfTheRepositoryParses()
    {
        // Counted and parsed only: the blind split is never printed or looked into.
        var root = CaseLoader.Locate(AppContext.BaseDirectory);
        Assert.NotNull(root);
        var loader = new CaseLoader(root);
        var files = 0;
        foreach (var suite in Directory.EnumerateDirectories(root).Select(Path.GetFileName))
        {
            foreach (var split in Enum.GetValues<EvalSplit>())
            {
                var read = loader.Load(suite!, split);
                if (read.Missing is null)
                {
                    files++;
                    Assert.NotEmpty(read.Cases);
                }
            }
        }

        Assert.True(files > 0);
    }
}
