namespace Hiring.Talent.Import;

/// <summary>One record or file that was not imported, and why.</summary>
/// <param name="File">The file name as given.</param>
/// <param name="Location">Where in the file: "row 4" (CSV, header is row 1), "line 3" (JSON Lines, JSON), or "file".</param>
/// <param name="Reason">What was wrong, in words a recruiter can act on.</param>
public sealed record ImportRejection(string File, string Location, string Reason)
{
    /// <summary>Why a record of a person erased from the pool is not imported again.</summary>
    public const string ErasedReason = "this person asked to be erased from the pool; their profile is not imported again";

    public override string ToString() => $"{File} ({Location}): {Reason}";
}
