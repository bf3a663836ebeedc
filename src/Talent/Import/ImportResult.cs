namespace Hiring.Talent.Import;

/// <summary>What an import did: new profiles, profiles updated in place, and every rejection.</summary>
public sealed record ImportResult(int Imported, int Updated, IReadOnlyList<ImportRejection> Rejected)
{
    /// <summary>True when records were offered and none of them made it in.</summary>
    public bool AllRejected => Imported + Updated == 0 && Rejected.Count > 0;
}
