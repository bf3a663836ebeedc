namespace Hiring.Reasoning.Understanding.Places;

/// <summary>The shape of <c>prompts/builtin/vocabulary/places/cues.yaml</c> as YamlDotNet reads it.</summary>
public sealed class CuesDocument
{
    public int Version { get; set; } = 1;

    public List<string> Before { get; set; } = [];

    public List<string> StrongBefore { get; set; } = [];

    /// <summary>Cues before a name that is nothing but a place ("add salford", never "add Spring").</summary>
    public List<string> WeakBefore { get; set; } = [];

    public List<string> Fillers { get; set; } = [];

    /// <summary>Words that name a part of a city ("east london"): the city, not a namesake abroad of the whole phrase.</summary>
    public List<string> Compass { get; set; } = [];

    public List<string> After { get; set; } = [];

    /// <summary>After a place, a place offered beside the role's ("Bath's fine too"): after cues, and enough for an everyday word at a clause's start.</summary>
    public List<string> OfferedAfter { get; set; } = [];

    /// <summary>Before a place, opening the message, a place offered beside the role's ("also nampa"), when the name closes its clause.</summary>
    public List<string> OfferedBefore { get; set; } = [];

    public List<string> StrongAfter { get; set; } = [];

    public List<string> PersonBefore { get; set; } = [];

    /// <summary>Words that take back what was said before them ("make it hybrid? no wait, on-site"): only the arrangement after them counts.</summary>
    public List<string> Corrections { get; set; } = [];

    /// <summary>Before a place, the right to work there rather than where the work is ("right to work in the UK").</summary>
    public List<string> WorkPermitBefore { get; set; } = [];

    /// <summary>Before a place, where someone else is going ("she's off to Perth"): nothing of its clause is where the work is.</summary>
    public List<string> ElsewhereBefore { get; set; } = [];

    /// <summary>Before a place, a condition on where the people hired live ("as long as they're in Canada"): a remote role's scope.</summary>
    public List<string> ResidenceConditionBefore { get; set; } = [];

    /// <summary>After a place, what the work covers rather than where it is ("the Quebec accounts"), beside the role's own place.</summary>
    public List<string> CoveredAfter { get; set; } = [];

    /// <summary>Before a place, travelling or covering it ("travel across Maharashtra"), beside the role's own place.</summary>
    public List<string> CoveredBefore { get; set; } = [];

    public List<string> OrganizationAfter { get; set; } = [];

    public List<string> Continuers { get; set; } = [];

    public List<string> Remote { get; set; } = [];

    public List<string> Hybrid { get; set; } = [];

    public List<string> OnSite { get; set; } = [];

    public List<string> NotRemote { get; set; } = [];

    public List<string> OfficeOnly { get; set; } = [];

    public List<string> ScopeBefore { get; set; } = [];

    public List<string> Anywhere { get; set; } = [];

    public List<string> RemoteNotBefore { get; set; } = [];
}
