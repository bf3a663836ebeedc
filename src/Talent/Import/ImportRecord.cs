using Hiring.Contracts.Talent;

namespace Hiring.Talent.Import;

/// <summary>One record read from a file: a profile draft (no id or source yet) or the reason it could not be read.</summary>
public readonly record struct ImportRecord(string Location, CandidateProfile? Draft, string? Error)
{
    public static ImportRecord Read(string location, CandidateProfile draft) => new(location, draft, null);

    public static ImportRecord Failed(string location, string error) => new(location, null, error);
}
