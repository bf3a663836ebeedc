using Hiring.Talent;
using Hiring.Talent.Import;
using Hiring.Talent.Synthetic;
using Microsoft.Extensions.DependencyInjection;

namespace Hiring.Agents.Tests.Talent.Erasure;

public sealed class ErasedProfileImportTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 14, 0, 0, TimeSpan.Zero);
    private readonly ImportFixture _import = new();

    public void Dispose() => _import.Dispose();

    [Fact]
    public async Task ReimportingAnErasedPersonSkipsThemWithTheReasonAndIndexesNothing()
    {
        const string Csv = """
            name,email,headline
            Ana Lima,Ana.Lima@example.com,Data Engineer
            Bo Keep,bo@example.com,Nurse
            """;
        await _import.ImportForTenantAsync("acme", _import.Write("ats.csv", Csv));
        var scope = TalentPoolScope.Private("acme");
        var ana = (await _import.Store.ReadAllAsync(scope).ToListAsync()).Single(p => p.Name == "Ana Lima");
        await _import.Store.EraseAsync(scope, ana.Id, "acme/ops", Now);
        _import.Index.Indexed[scope].Clear();

        var again = await _import.ImportForTenantAsync("acme", _import.Write("ats-again.csv", Csv.Replace("Ana.Lima@", "ana.lima@", StringComparison.Ordinal)));

        Assert.Equal((0, 1), (again.Imported, again.Updated));
        var skipped = Assert.Single(again.Rejected);
        Assert.Equal(("row 2", ImportRejection.ErasedReason), (skipped.Location, skipped.Reason));
        Assert.Null(await _import.Store.GetAsync(scope, ana.Id));
        Assert.Equal(["Bo Keep"], _import.Index.Indexed[scope].Values.Select(p => p.Name));
    }

    [Fact]
    public async Task SeedingTheSameSyntheticPoolAgainDoesNotBringAnErasedPersonBack()
    {
        var index = new RecordingTalentIndex();
        using var data = new TalentStoreHarness(services => services.AddSingleton<ITalentIndex>(index));
        var options = new SyntheticPoolOptions(50, 3, new DateOnly(2026, 11, 1));
        await data.Get<SyntheticPoolSeeder>().SeedAsync(options);
        var erased = (await data.Get<IProfileStore>().ReadAllAsync(TalentPoolScope.Public).FirstAsync()).Id;
        await data.Get<IProfileStore>().EraseAsync(TalentPoolScope.Public, erased, "acme/ops", Now);
        index.Indexed.Clear();

        var result = await data.Get<SyntheticPoolSeeder>().SeedAsync(options);

        Assert.Equal((0, 49), (result.Inserted, result.Updated));
        Assert.Null(await data.Get<IProfileStore>().GetAsync(TalentPoolScope.Public, erased));
        Assert.Null(await data.Get<Hiring.Talent.Store.IProtectedAttributeStore>().GetAsync(TalentPoolScope.Public, erased));
        Assert.Equal(49, index.Indexed[TalentPoolScope.Public].Count);
        Assert.False(index.Indexed[TalentPoolScope.Public].ContainsKey(erased));
    }
}
