using Hiring.Agents.Intake;
using Hiring.Contracts.Projects;

namespace Hiring.Agents.Tests.Intake.Support;

/// <summary>The project calls intake makes, in memory, with the contract's rules for qualifications.</summary>
internal sealed class FakeHiringProject(string projectId) : IIntakeProject
{
    private readonly List<Qualification> _qualifications = [];

    public string? Owner { get; private set; }

    public JobSpec? Spec { get; private set; }

    public List<QualificationChange> Decisions { get; } = [];

    public IReadOnlyList<Qualification> Qualifications => _qualifications;

    public Task<ProjectSnapshot> Snapshot() => Task.FromResult(new ProjectSnapshot(projectId, Spec, [.. _qualifications], [], Owner, DateTimeOffset.UnixEpoch));

    public Task<ProjectSnapshot> Create(string owner, JobSpec spec, IReadOnlyList<Qualification> proposed)
    {
        (Owner, Spec) = (owner, spec);
        _qualifications.AddRange(proposed);
        return Snapshot();
    }

    public Task<IReadOnlyList<Qualification>> Propose(IReadOnlyList<Qualification> qualifications)
    {
        foreach (var q in qualifications)
        {
            Replace(q with { Approved = false });
        }

        return Task.FromResult<IReadOnlyList<Qualification>>([.. _qualifications]);
    }

    public Task<IReadOnlyList<Qualification>> Decide(QualificationChange change)
    {
        Decisions.Add(change);
        _qualifications.RemoveAll(q => change.Remove.Contains(q.Id));
        foreach (var id in change.Approve)
        {
            var index = _qualifications.FindIndex(q => q.Id == id);
            if (index >= 0 && _qualifications[index].Policy.Allowed)
            {
                _qualifications[index] = _qualifications[index] with { Approved = true };
            }
        }

        foreach (var edit in change.Edits)
        {
            Replace(edit with { Approved = edit.Policy.Allowed });
        }

        return Task.FromResult<IReadOnlyList<Qualification>>([.. _qualifications]);
    }

    public Task<ProjectSnapshot> UpdateSpec(JobSpec spec)
    {
        Spec = spec;
        return Snapshot();
    }

    private void Replace(Qualification q)
    {
        var index = _qualifications.FindIndex(e => e.Id == q.Id);
        if (index >= 0)
        {
            _qualifications[index] = q;
        }
        else
        {
            _qualifications.Add(q);
        }
    }
}
