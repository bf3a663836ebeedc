using System.Text.Json;
using Hiring.Contracts.Talent;

namespace Hiring.Agents.Talent.Search;

/// <summary>The copy of a profile kept in the index, so hits and insights need no second lookup.</summary>
public static class ProfileJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static byte[] Serialize(CandidateProfile profile) => JsonSerializer.SerializeToUtf8Bytes(profile, Options);

    public static CandidateProfile Deserialize(ReadOnlySpan<byte> utf8) =>
        JsonSerializer.Deserialize<CandidateProfile>(utf8, Options) ?? throw new InvalidDataException("Empty profile in the index.");
}
