namespace Hiring.Agents.Digest;

/// <summary>The recruiter's digest mark: the event sequence the digest was last dismissed at.</summary>
[GenerateSerializer, Alias("hiring.digest.mark-state")]
public sealed class DigestMarkState
{
    /// <summary>Null until the digest is first dismissed.</summary>
    [Id(0)]
    public long? SeenThrough { get; set; }
}
