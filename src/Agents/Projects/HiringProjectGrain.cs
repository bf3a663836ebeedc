using Hiring.Agents.Identity;
using Hiring.Agents.Learning;
using Hiring.Agents.Persistence;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Learning;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Supervisor;
using Hiring.Reasoning.Policy;
using Hiring.Storage;

namespace Hiring.Agents.Projects;

/// <summary>A hiring project: a thin durable shell over <see cref="ProjectBook"/> and the <see cref="EvidenceLedger"/>.</summary>
public sealed class HiringProjectGrain(
    [PersistentState("project", StorageNames.Hiring)] IPersistentState<ProjectState> state,
    ILogStore logs,
    IQualificationPolicy policy,
    TimeProvider time) : Grain, IHiringProject
{
    private string Key => this.GetPrimaryKeyString();

    private ProjectBook Book => new(state.State, policy, time);

    private EvidenceLedger Ledger => new(Key, logs);

    private PipelineHistory History => new(Key, logs);

    private CandidateNotes Notebook => new(Key, logs);

    private ActionLog ActionsLog => new(Key, logs);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (PipelineMigration.IsNeeded(state.State))
        {
            await PipelineMigration.MoveAsync(state.State, History, state.WriteStateAsync);
        }
    }

    public Task<ProjectSnapshot> Snapshot()
    {
        EnsureExists();
        return Task.FromResult(ToSnapshot());
    }

    public Task<bool> Exists()
    {
        return Task.FromResult(state.State.Exists);
    }

    public async Task<ProjectSnapshot> Create(string owner, JobSpec spec, IReadOnlyList<Qualification> proposed)
    {
        if (GrainKeys.TenantOf(owner) != GrainKeys.TenantOf(Key))
        {
            throw new AssistantRefusalException(RefusalCodes.NotFound, "Not found.");
        }

        if (state.State.Exists)
        {
            return state.State.Owner == owner
                ? ToSnapshot()
                : throw new AssistantRefusalException(RefusalCodes.Invalid, $"Project '{GrainKeys.IdOf(Key)}' already exists.");
        }

        Book.Create(owner, spec, proposed);
        await state.WriteStateAsync();
        return ToSnapshot();
    }

    public async Task<ProjectSnapshot> UpdateSpec(JobSpec spec)
    {
        EnsureExists();
        state.State.Spec = spec;
        state.State.UpdatedAt = time.GetUtcNow();
        await state.WriteStateAsync();
        return ToSnapshot();
    }

    public async Task<IReadOnlyList<Qualification>> Propose(IReadOnlyList<Qualification> qualifications)
    {
        EnsureExists();
        var result = Book.Propose(qualifications);
        await state.WriteStateAsync();
        return [.. result];
    }

    public async Task<IReadOnlyList<Qualification>> Decide(QualificationChange change)
    {
        EnsureExists();
        var result = Book.Decide(change);
        await state.WriteStateAsync();
        return [.. result];
    }

    public Task<IReadOnlyList<Qualification>> ApprovedQualifications()
    {
        EnsureExists();
        return Task.FromResult(Book.Approved);
    }

    public async Task<IReadOnlyList<PipelineEntry>> AddCandidates(IReadOnlyList<SourcedCandidate> candidates, string by)
    {
        EnsureExists();
        var book = Book;
        var added = book.AddCandidates(candidates, by);
        if (added.Count > 0)
        {
            await SaveAsync(book);
        }

        return added;
    }

    public async Task<PipelineEntry> Move(string candidateId, PipelineStage to, string by, string why, ActionOrigin origin = ActionOrigin.Recruiter)
    {
        EnsureExists();
        var book = Book;
        var before = state.State.Pipeline.TryGetValue(candidateId, out var entry) ? entry.Stage : (PipelineStage?)null;
        var hiredBefore = before == PipelineStage.Hired;
        var moved = book.Move(candidateId, to, by, why);
        IReadOnlyList<RecruiterAction> acted = before != to && StageActions.For(to) is { } kind
            ? [new RecruiterAction(kind, candidateId, by, origin, time.GetUtcNow(), Reason: why.Length > ActionLog.MaxText ? why[..ActionLog.MaxText] : why)]
            : [];
        await Task.WhenAll(SaveAsync(book), ActionsLog.AppendAsync(acted));
        Observe(acted);
        if (origin == ActionOrigin.Recruiter && state.State.Owner is { } owner && by != owner && before != to)
        {
            // A teammate's move on the owner's project: the owner's tabs and devices hear of it too (the mover's hear through their own).
            await GrainFactory.GetGrain<IRecruiterSupervisor>(owner).RecordPipelineChange(new PipelineChange(GrainKeys.IdOf(Key), candidateId, to, $"{(by.Contains('/', StringComparison.Ordinal) ? GrainKeys.IdOf(by) : by)} moved {candidateId} to {to}: {why}"));
        }

        if (to == PipelineStage.Hired && !hiredBefore)
        {
            // A hire teaches intake what such roles need: the qualifications the hire was found to meet.
            await RecordHireAsync(candidateId);
        }

        return moved;
    }

    private async Task RecordHireAsync(string candidateId)
    {
        var met = (await Evidence(candidateId))
            .GroupBy(a => a.QualificationId)
            .Select(g => g.MaxBy(a => a.At)!)
            .Where(a => a.Verdict == AssessmentVerdict.Met)
            .Select(a => a.QualificationId)
            .ToHashSet(StringComparer.Ordinal);
        var skills = Book.Approved.Where(q => met.Contains(q.Id) && q.Subject is { Length: > 0 }).Select(q => q.Subject!).ToList();
        await GrainFactory.GetGrain<ITenantHistory>(GrainKeys.TenantOf(Key)).RecordHire(GrainKeys.IdOf(Key), state.State.Spec!.NormalizedTitle, skills);
    }

    public async Task RecordActions(IReadOnlyList<RecruiterAction> actions)
    {
        EnsureExists();
        if (actions.FirstOrDefault(a => !state.State.Pipeline.ContainsKey(a.CandidateId)) is { } unknown)
        {
            throw new AssistantRefusalException(RefusalCodes.NotFound, $"Candidate '{unknown.CandidateId}' is not in this project.");
        }

        // The project's clock stamps them, so the log's order and times agree whoever sent them.
        var stamped = actions.Select(a => a with { At = time.GetUtcNow() }).ToList();
        await ActionsLog.AppendAsync(stamped);
        Observe(stamped);
    }

    public Task<IReadOnlyList<RecruiterAction>> Actions(string? candidateId, int max)
    {
        EnsureExists();
        return ActionsLog.LatestAsync(candidateId, max);
    }

    /// <summary>Tells the project's learning agent when the recruiter did something (it reads the log itself, off this call).</summary>
    private void Observe(IReadOnlyList<RecruiterAction> actions)
    {
        if (actions.Any(a => a.Origin == ActionOrigin.Recruiter))
        {
            GrainFactory.GetGrain<ILearningAgent>(Key).Observe().Ignore();
        }
    }

    public async Task<IReadOnlyList<StageMove>> Moves(string candidateId)
    {
        EnsureExists();
        return state.State.Pipeline.ContainsKey(candidateId) ? await History.ForCandidateAsync(candidateId) : [];
    }

    public Task<IReadOnlyList<string>> Excluded()
    {
        EnsureExists();
        IReadOnlyList<string> ids = [.. state.State.Pipeline.Keys, .. state.State.Erased];
        return Task.FromResult(ids);
    }

    public async Task<bool> EraseCandidate(string candidateId)
    {
        // Erasure reaches projects through their logs, so it may name one never created: it holds nothing.
        if (!state.State.Exists || !Book.Erase(candidateId))
        {
            return false;
        }

        await state.WriteStateAsync();
        return true;
    }

    public async Task RecordEvaluations(IReadOnlyList<CandidateEvaluation> evaluations)
    {
        EnsureExists();
        // An evaluation that was under way when its candidate was erased is not kept.
        await new LedgerProjection(state.State, Book, Key, logs).RecordAsync(evaluations);
        await state.WriteStateAsync();
    }

    public async Task<IReadOnlyList<PipelineEntry>> ApplyBatch(string batchKey, IReadOnlyList<CandidateEvaluation> evaluations, IReadOnlyList<SourcedCandidate> matches, string by)
    {
        EnsureExists();
        ArgumentException.ThrowIfNullOrWhiteSpace(batchKey);
        var receipts = new BatchReceipts(state.State);
        if (receipts.Replay(batchKey) is { } before)
        {
            return before;
        }

        var book = Book;
        var added = book.AddCandidates(matches, by);
        await new LedgerProjection(state.State, book, Key, logs).RecordAsync(evaluations, batchKey);
        receipts.Record(batchKey, added);
        await SaveAsync(book);
        return added;
    }

    public async Task<CandidateEvaluation?> LatestEvaluation(string candidateId)
    {
        EnsureExists();
        return state.State.LatestEvaluation.TryGetValue(candidateId, out var sequence) ? await Ledger.ReadAsync(sequence) : null;
    }

    public async Task<IReadOnlyList<QualificationAssessment>> Evidence(string candidateId)
    {
        EnsureExists();
        var evaluations = await Ledger.ForCandidateAsync(candidateId);
        return [.. evaluations.SelectMany(e => e.Assessments)];
    }

    public Task<ProjectOverview> Overview()
    {
        EnsureExists();
        return Task.FromResult(ProjectProgress.Of(ToSnapshot()));
    }

    public async Task<IReadOnlyDictionary<string, CandidateEvaluation>> LatestEvaluations(IReadOnlyList<string> candidateIds)
    {
        EnsureExists();
        var sequences = candidateIds.Distinct().Where(state.State.LatestEvaluation.ContainsKey).ToDictionary(id => id, id => state.State.LatestEvaluation[id]);
        var read = await Ledger.ReadManyAsync(sequences.Values);
        return sequences.Where(p => read.ContainsKey(p.Value)).ToDictionary(p => p.Key, p => read[p.Value]);
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<QualificationAssessment>>> EvidenceOf(IReadOnlyList<string> candidateIds)
    {
        EnsureExists();
        var evaluations = await Ledger.ForCandidatesAsync(candidateIds);
        return evaluations.ToDictionary(p => p.Key, p => (IReadOnlyList<QualificationAssessment>)[.. p.Value.SelectMany(e => e.Assessments)]);
    }

    public async Task<PipelineEntry> AddNote(string candidateId, string text, string by)
    {
        EnsureExists();
        var entry = state.State.Pipeline.GetValueOrDefault(candidateId)
            ?? throw new AssistantRefusalException(RefusalCodes.NotFound, $"Candidate '{candidateId}' is not in this project.");
        await Notebook.AppendAsync(candidateId, new CandidateNote(text, by, time.GetUtcNow()));
        return entry;
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<CandidateNote>>> Notes(IReadOnlyList<string> candidateIds)
    {
        EnsureExists();
        var inPipeline = candidateIds.Distinct().Where(state.State.Pipeline.ContainsKey).ToList();
        var notes = await Task.WhenAll(inPipeline.Select(Notebook.LatestAsync));
        return inPipeline.Zip(notes).Where(p => p.Second.Count > 0).ToDictionary(p => p.First, p => p.Second);
    }

    /// <summary>The moves go to the history log and the state (latest move per entry) in one group commit.</summary>
    private Task SaveAsync(ProjectBook book) => Task.WhenAll(History.AppendAsync(book.NewMoves), state.WriteStateAsync());

    private void EnsureExists()
    {
        if (!state.State.Exists)
        {
            throw new AssistantRefusalException(RefusalCodes.NotFound, $"There is no project '{GrainKeys.IdOf(Key)}'.");
        }
    }

    private ProjectSnapshot ToSnapshot() => new(
        GrainKeys.IdOf(Key),
        state.State.Spec,
        [.. state.State.Qualifications],
        [.. state.State.Pipeline.Values.OrderByDescending(p => p.Score ?? -1).ThenBy(p => p.CandidateId, StringComparer.Ordinal)],
        state.State.Owner,
        state.State.UpdatedAt);
}
