using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Hiring.Contracts.Talent;

namespace Hiring.Talent.Search;

/// <summary>What a profile's vector is computed from, and a hash of it to know when to recompute.</summary>
public static class ProfileEmbeddingText
{
    private const int MaxSummaryChars = 600;

    public static string Of(CandidateProfile profile)
    {
        var titles = string.Join(", ", profile.Experiences.Select(e => e.Title).Distinct(StringComparer.OrdinalIgnoreCase));
        var skills = string.Join(", ", profile.Skills);
        return $"{profile.Headline}. {titles}. Skills: {skills}. {SummaryPart(profile.Summary)}".Trim();
    }

    /// <summary>The part of the summary the embedding reads (MiniLM truncates long input anyway).</summary>
    public static string SummaryPart(string? summary) =>
        summary is null ? "" : summary.Length > MaxSummaryChars ? summary[..MaxSummaryChars] : summary;

    public static ulong Hash(string text) =>
        BinaryPrimitives.ReadUInt64LittleEndian(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
