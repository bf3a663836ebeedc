namespace Hiring.Contracts.Memory;

/// <summary>What a memory is: how it was learned and how much it weighs in recall.</summary>
[GenerateSerializer, Alias("hiring.memory.kind")]
public enum MemoryKind
{
    /// <summary>Something true of the recruiter's world ("Jana is the hiring manager for the data roles").</summary>
    Fact = 0,

    /// <summary>A standing preference of the recruiter or their hiring managers ("no agency CVs").</summary>
    Preference = 1,

    /// <summary>A decision the recruiter took (an approval or a refusal in the inbox).</summary>
    Decision = 2,

    /// <summary>A summary of a past conversation about a project.</summary>
    Episode = 3,
}
