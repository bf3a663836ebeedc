using Hiring.Agents.Persistence;
using Hiring.Contracts.Projects;
using Hiring.Storage;

namespace Hiring.Agents.Projects;

/// <summary>
/// A project's durable state: the current picture. The evidence ledger and every pipeline move are
/// append-only logs kept outside it (<see cref="EvidenceLedger"/>, <see cref="PipelineHistory"/>);
/// each pipeline entry keeps its latest move. Version 1 kept every move in its entry;
/// <see cref="PipelineMigration"/> moves them to the log on activation.
/// </summary>
[GenerateSerializer, Alias("hiring.projects.state"), StateVersion(2)]
public sealed class ProjectState
{
    [Id(0)]
    public string? Owner { get; set; }

    [Id(1)]
    public JobSpec? Spec { get; set; }

    [Id(2)]
    public List<Qualification> Qualifications { get; set; } = [];

    [Id(3)]
    public Dictionary<string, PipelineEntry> Pipeline { get; set; } = [];

    [Id(4)]
    public int LastQualificationNumber { get; set; }

    [Id(5)]
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Ledger sequence of each candidate's latest evaluation.</summary>
    [Id(6)]
    public Dictionary<string, long> LatestEvaluation { get; set; } = [];

    /// <summary>True once every move is in the <see cref="PipelineHistory"/> (false only in version 1 state, until it is moved).</summary>
    [Id(7)]
    public bool MovesInLog { get; set; }

    /// <summary>Candidates erased from the project (ids only, no personal data): never added or evaluated again.</summary>
    [Id(8)]
    public HashSet<string> Erased { get; set; } = [];

    /// <summary>
    /// The last evidence-ledger sequence read into <see cref="LatestEvaluation"/> (0 in state written
    /// before it was kept: then the highest of those). Entries after it were appended by a write cut
    /// short before the state was saved, and are read in before the next append.
    /// </summary>
    [Id(9)]
    public long LedgerHead { get; set; }

    /// <summary>Keys of the latest autopilot batches applied (at most <see cref="KeptBatches"/>), oldest first.</summary>
    [Id(10)]
    public List<string> AppliedBatches { get; set; } = [];

    /// <summary>The candidates each batch of <see cref="AppliedBatches"/> added (none for batches applied before this was kept); see <see cref="BatchReceipts"/>.</summary>
    [Id(11)]
    public Dictionary<string, List<string>> BatchAdditions { get; set; } = [];

    public const int KeptBatches = 256;

    public bool Exists => Owner is not null;
}
