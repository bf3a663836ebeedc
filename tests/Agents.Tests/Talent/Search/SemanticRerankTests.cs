using Hiring.Contracts.Talent;
using Hiring.Talent.Search;
using static Hiring.Agents.Tests.Talent.ProfileBuilder;

namespace Hiring.Agents.Tests.Talent.Search;

public sealed class SemanticRerankTests(MiniLmFixture model) : IClassFixture<MiniLmFixture>, IDisposable
{
    private const string Query = "distributed systems backend golang";

    // A pastry chef who lists the query's words among many pastry skills and hides them again at
    // the end of a long summary, beyond what the profile's embedding reads.
    private static readonly CandidateProfile KeywordStuffer = Person("stuffer")
        .Headline("Pastry chef and baker")
        .Worked("Le Fournil", "Pastry Chef", new DateOnly(2019, 1, 1))
        .Skills("Baking", "Pastry", "Chocolate", "Sugar Work", "Bread", "Cake Decorating", "Golang", "Backend", "Distributed Systems")
        .Summary(string.Concat(Enumerable.Repeat("Croissants, sourdough, laminated doughs and wedding cakes for a busy bakery. ", 10))
            + "golang backend distributed systems golang backend distributed systems")
        .Build();

    private static readonly CandidateProfile GoBackend = Person("go-backend")
        .Headline("Platform engineer")
        .Worked("Cloudflare", "Platform Engineer", new DateOnly(2020, 1, 1))
        .Skills("Kubernetes", "gRPC", "PostgreSQL")
        .Summary("Designs fault-tolerant distributed systems and backend services in golang, with consensus and replication.")
        .Build();

    private static readonly CandidateProfile Nurse = Person("nurse")
        .Headline("Registered nurse")
        .Worked("St Mary's", "Registered Nurse", new DateOnly(2018, 1, 1))
        .Skills("Patient Care")
        .Build();

    private readonly SearchHarness _harness = new(model.Embedder);

    [Fact]
    public async Task RerankingLiftsTheRealGoEngineerAboveTheKeywordStuffer()
    {
        await _harness.AddPublicAsync(KeywordStuffer, GoBackend, Nurse);

        var byKeywords = _harness.Ids(Query, mode: SearchMode.Boolean);
        var reranked = _harness.Search.Search(new TalentSearchRequest(Query, Mode: SearchMode.Reranked));

        Assert.Equal(["stuffer", "go-backend"], byKeywords);
        Assert.Equal(["go-backend", "stuffer"], reranked.Hits.Select(h => h.Id));
        Assert.Equal(2, reranked.VectorsUsed);
        Assert.All(reranked.Hits, h => Assert.NotNull(h.Similarity));
    }

    [Fact]
    public async Task NaturalLanguageModeRanksByMeaningAlone()
    {
        await _harness.AddPublicAsync(KeywordStuffer, GoBackend, Nurse);

        var ids = _harness.Ids("someone who builds reliable server infrastructure", mode: SearchMode.NaturalLanguage, top: 3);

        Assert.Equal("go-backend", ids[0]);
    }

    public void Dispose() => _harness.Dispose();
}
