using System.Text;
using Hiring.Contracts.Talent;
using Hiring.Storage;
using Hiring.Talent.Store;

namespace Hiring.Talent.Synthetic;

/// <summary>
/// Generates a synthetic pool into the public pool in batches: profiles to the store, protected
/// attributes to their own table, ground truth to its file, and profiles to the index when one
/// is registered. Stored profiles carry the time they were stored as <c>UpdatedAt</c>, so
/// incremental readers ("changed since my last run") see a freshly seeded pool as new.
/// </summary>
public sealed class SyntheticPoolSeeder(
    IProfileStore store,
    IProtectedAttributeStore protectedAttributes,
    SyntheticPoolGenerator generator,
    SqliteDatabase database,
    TimeProvider time,
    ITalentIndex? index = null)
{
    private const int BatchSize = 1000;

    public async Task<SeedResult> SeedAsync(SyntheticPoolOptions options, IProgress<SeedProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var path = GroundTruthFile.PathFor(database.DataDirectory, options.Seed);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var partial = path + ".partial";
        int inserted = 0, updated = 0, done = 0;
        await using (var truth = new StreamWriter(partial, append: false, new UTF8Encoding(false)))
        {
            var profiles = new List<CandidateProfile>(BatchSize);
            var attributes = new List<KeyValuePair<string, ProtectedAttributes>>(BatchSize);
            foreach (var person in generator.Generate(options))
            {
                profiles.Add(person.Profile with { UpdatedAt = time.GetUtcNow() });
                attributes.Add(new(person.Profile.Id, person.Protected));
                await truth.WriteLineAsync(GroundTruthFile.Serialize(person.Truth).AsMemory(), cancellationToken);
                if (profiles.Count == BatchSize)
                {
                    (inserted, updated) = Add(await StoreAsync(profiles, attributes, cancellationToken), inserted, updated);
                    done += profiles.Count;
                    progress?.Report(new SeedProgress(done, options.Profiles));
                    profiles.Clear();
                    attributes.Clear();
                }
            }

            (inserted, updated) = Add(await StoreAsync(profiles, attributes, cancellationToken), inserted, updated);
            done += profiles.Count;
            progress?.Report(new SeedProgress(done, options.Profiles));
        }

        // The file appears whole or not at all, so the evals never read half a pool's truth.
        File.Move(partial, path, overwrite: true);
        return new SeedResult(inserted, updated, index is not null, path);
    }

    private async Task<UpsertCounts> StoreAsync(List<CandidateProfile> profiles, List<KeyValuePair<string, ProtectedAttributes>> attributes, CancellationToken cancellationToken)
    {
        if (profiles.Count == 0)
        {
            return default;
        }

        var counts = await store.UpsertAsync(TalentPoolScope.Public, profiles, cancellationToken);
        // A person erased from the pool stays erased: the store refused them, so nothing else of theirs is written.
        var erased = counts.Erased.ToHashSet(StringComparer.Ordinal);
        await protectedAttributes.UpsertAsync(TalentPoolScope.Public, [.. attributes.Where(a => !erased.Contains(a.Key))], cancellationToken);
        if (index is not null)
        {
            await index.IndexAsync(TalentPoolScope.Public, [.. profiles.Where(p => !erased.Contains(p.Id))], cancellationToken);
        }

        return counts;
    }

    private static (int Inserted, int Updated) Add(UpsertCounts counts, int inserted, int updated) =>
        (inserted + counts.Inserted, updated + counts.Updated);
}
