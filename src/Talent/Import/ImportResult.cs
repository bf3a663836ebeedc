namespace Hiring.Talent.Import;

/// <summary>What an import did: new profiles, profiles updated in place, and every rejection.</summary>
/// <param name="Imported">New profiles stored.</param>
/// <param name="Updated">Known profiles updated in place.</param>
/// <param name="Rejected">Every record refused, with where and why.</param>
/// <param name="Stored">The ids of the profiles stored (new or updated), in the order read.</param>
public sealed record ImportResult(int Imported, int Updated, IReadOnlyList<ImportRejection> Rejected, IReadOnlyList<string>? Stored = null)
{
    /// <summary>True when records were offered and none of them made it in.</summary>
    public bool AllRejected => Imported + Updated == 0 && Rejected.Count > 0;
}
