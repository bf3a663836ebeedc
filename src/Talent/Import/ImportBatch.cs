using Hiring.Contracts.Talent;

namespace Hiring.Talent.Import;

/// <summary>The running state of one import: stamped profiles waiting to be stored, counts and rejections.</summary>
internal sealed class ImportBatch(IProfileStore store, ITalentIndex? index, TalentPoolScope scope)
{
    private const int Size = 500;

    private readonly List<CandidateProfile> _pending = new(Size);
    private readonly List<(string File, string Location)> _origins = new(Size);
    private readonly List<ImportRejection> _rejected = [];
    private readonly List<string> _stored = [];
    private int _imported;
    private int _updated;

    public void Reject(string file, string location, string reason) => _rejected.Add(new ImportRejection(file, location, reason));

    /// <summary>Queues a stamped profile read from <paramref name="location"/> of <paramref name="file"/> (named again if it is refused).</summary>
    public async Task AddAsync(CandidateProfile profile, string file, string location, CancellationToken cancellationToken)
    {
        _pending.Add(profile);
        _origins.Add((file, location));
        if (_pending.Count >= Size)
        {
            await FlushAsync(cancellationToken);
        }
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_pending.Count == 0)
        {
            return;
        }

        var counts = await store.UpsertAsync(scope, _pending, cancellationToken);
        _imported += counts.Inserted;
        _updated += counts.Updated;
        var erased = counts.Erased.ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < _pending.Count; i++)
        {
            if (erased.Contains(_pending[i].Id))
            {
                Reject(_origins[i].File, _origins[i].Location, ImportRejection.ErasedReason);
            }
        }

        var kept = _pending.Where(p => !erased.Contains(p.Id)).ToList();
        _stored.AddRange(kept.Select(p => p.Id));
        if (index is not null)
        {
            await index.IndexAsync(scope, kept, cancellationToken);
        }

        _pending.Clear();
        _origins.Clear();
    }

    public ImportResult Result() => new(_imported, _updated, [.. _rejected], [.. _stored.Distinct(StringComparer.Ordinal)]);
}
