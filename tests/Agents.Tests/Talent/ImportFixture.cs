using Hiring.Contracts.Talent;
using Hiring.Talent;
using Hiring.Talent.Import;
using Microsoft.Extensions.DependencyInjection;

namespace Hiring.Agents.Tests.Talent;

/// <summary>A temp data folder with the importer, a recording index and helpers to write input files.</summary>
public sealed class ImportFixture : IDisposable
{
    private readonly TalentStoreHarness _data;

    public ImportFixture() => _data = new TalentStoreHarness(services => services.AddSingleton<ITalentIndex>(Index));

    internal RecordingTalentIndex Index { get; } = new();

    public IProfileStore Store => _data.Get<IProfileStore>();

    public string Write(string name, string content)
    {
        var path = _data.File(name);
        File.WriteAllText(path, content);
        return path;
    }

    public string Write(string name, byte[] content)
    {
        var path = _data.File(name);
        File.WriteAllBytes(path, content);
        return path;
    }

    public Task<ImportResult> ImportAsync(params string[] paths) => ImportForTenantAsync(null, paths);

    public Task<ImportResult> ImportForTenantAsync(string? tenant, params string[] paths) =>
        _data.Get<ProfileImporter>().ImportFilesAsync(paths, ImportOptions.For(tenant));

    public async Task<List<CandidateProfile>> PublicProfilesAsync() => await Store.ReadAllAsync(TalentPoolScope.Public).ToListAsync();

    public void Dispose() => _data.Dispose();
}
