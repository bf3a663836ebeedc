namespace Hiring.Contracts.Talent;

/// <summary>The two kinds of talent pool.</summary>
[GenerateSerializer, Alias("hiring.talent.pool-kind")]
public enum TalentPoolKind
{
    /// <summary>Shared by every tenant.</summary>
    Public = 0,

    /// <summary>One tenant's own candidates (applicants, ATS imports); never searched for another tenant.</summary>
    Private = 1,
}
