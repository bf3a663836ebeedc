using Hiring.Reasoning.Embeddings;
using Hiring.Reasoning.Understanding.Titles;

namespace Hiring.Agents.Tests.Understanding.Titles;

public class NearestTitleTests(NearestTitleFixture fixture) : IClassFixture<NearestTitleFixture>
{
    [Theory]
    [InlineData("talent scout", "recruiter")]
    [InlineData("tax guru", "tax accountant")]
    [InlineData("truck guy", "truck driver")]
    [InlineData("rust systems hacker", "rust engineer")]
    [InlineData("crypto trader", "trader")]
    [InlineData("react native dev", "mobile engineer")]
    public async Task APhraseNoEntryMatchesFindsTheTitleItMeans(string phrase, string title)
    {
        Assert.Null(TitleResources.Vocabulary.Canonical(phrase));
        var match = await fixture.Nearest.FindAsync(phrase);
        Assert.NotNull(match);
        Assert.Equal(title, match.Entry.Name);
        Assert.InRange(match.Similarity, NearestTitle.DefaultThreshold, 1f);
    }

    [Theory]
    [InlineData("weekend barbecue")]
    [InlineData("next week")]
    [InlineData("the quarterly report")]
    [InlineData("")]
    public async Task APhraseThatNamesNoJobFindsNoTitle(string phrase)
    {
        Assert.Null(await fixture.Nearest.FindAsync(phrase));
    }

    [Fact]
    public void TheCommittedVectorsMatchTheVocabulary()
    {
        var committed = TitleVectorsFile.Read(TitleResources.CommittedVectorsPath);
        Assert.NotNull(committed);
        var forms = TitleVectors.FormsOf(TitleResources.Vocabulary);
        Assert.True(
            committed.Hash == TitleVectors.HashOf(forms),
            $"{TitleVectors.FileName} is out of date with the title vocabulary: from the repository root run\n"
            + "  dotnet run -c Release scripts/data/generate-title-vectors.cs");
        Assert.Equal(forms, committed.Forms);
        Assert.Equal(fixture.Embedder.Dimensions, committed.Dimensions);
    }

    [Fact]
    public void TheCommittedVectorsAreTheEncodersVectors()
    {
        var committed = TitleVectorsFile.Read(TitleResources.CommittedVectorsPath)!;
        var sample = Enumerable.Range(0, 16).Select(k => k * (committed.Count / 16)).ToList();
        var fresh = fixture.Embedder.Embed([.. sample.Select(i => committed.Forms[i])]);
        Assert.All(sample.Select((i, k) => VectorMath.Cosine(fresh[k], committed.Vector(i))), cosine => Assert.InRange(cosine, 0.99f, 1.001f));
    }
}
