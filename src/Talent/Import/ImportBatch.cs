using Hiring.Contracts.Talent;

namespace Hiring.Talent.Import;

/// <summary>The running state of one import: stamped profiles waiting to be stored, counts and rejections.</summary>
internal sealed class ImportBatch(IProfileStore store, ITalentIndex? index, TalentPoolScope scope)
{
    private const int Size = 500;

    private readonly List<CandidateProfile> _pending = new(Size);
    private readonly List<ImportRejection> _rejected = [];
    private int _imported;
    private int _updated;

    public void Reject(string file, string location, string reason) => _rejected.Add(new ImportRejection(file, location, reason));

    public async Task AddAsync(CandidateProfile profile, CancellationToken cancellationToken)
    {
        _pending.Add(profile);
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
        if (index is not null)
        {
            await index.IndexAsync(scope, [.. _pending], cancellationToken);
        }

        _pending.Clear();
    }

    public ImportResult Result() => new(_imported, _updated, [.. _rejected]);
}
