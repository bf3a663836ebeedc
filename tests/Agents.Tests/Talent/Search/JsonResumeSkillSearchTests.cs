using Hiring.Talent.Import.JsonResume;

namespace Hiring.Agents.Tests.Talent.Search;

/// <summary>A JSON Resume skill group's name is a skill of the person, searchable like its keywords.</summary>
public sealed class JsonResumeSkillSearchTests : IDisposable
{
    private readonly SearchHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task ASkillGroupsNameFindsThePersonAsItsKeywordsDo()
    {
        var document = new JsonResumeDocument
        {
            Basics = new JsonResumeBasics { Name = "Ada Brandt", Label = "Backend Engineer" },
            Work = [new JsonResumeWork { Name = "Kiezbank", Position = "Backend Engineer", StartDate = "2020-01" }],
            Skills = [new JsonResumeSkill { Name = "Distributed Systems", Keywords = ["Go", "Raft"] }],
        };
        var (draft, error) = JsonResumeMapper.Map(document);
        Assert.Null(error);
        await _harness.AddPublicAsync(draft! with { Id = "ada" });

        Assert.Equal(["ada"], _harness.Ids("skill:\"distributed systems\""));
        Assert.Equal(["ada"], _harness.Ids("skill:go"));
        Assert.Empty(_harness.Ids("skill:\"machine learning\""));
    }
}
