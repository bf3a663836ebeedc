using Hiring.Contracts.Projects;

namespace Hiring.Agents.Projects;

/// <summary>A project's durable state; the evidence ledger is an append-only log kept outside it.</summary>
[GenerateSerializer, Alias("hiring.projects.state")]
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

    public bool Exists => Owner is not null;
}
