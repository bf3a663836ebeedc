using Hiring.Agents.Memory.Steps;
using Hiring.Agents.SubAgents;
using Hiring.Agents.Supervisor;
using Hiring.Contracts.Memory;
using Hiring.Contracts.Planning;

namespace Hiring.Agents.Memory;

/// <summary>
/// remember: keeps what in the recruiter's words is worth keeping beyond the message (see
/// <see cref="MemoryStatementReader"/>), each memory with the words it came from, the message and the
/// project the recruiter was on. The supervisor hands it the message without the clauses the policy
/// refused, so a refused preference is never kept.
/// </summary>
public sealed class RememberStep(IGrainFactory grains, MemoryStatementReader reader, MemoryRules rules)
    : StepHandler<PlaceholderState, RememberInput, MemoryOutput>
{
    public override string Action => PlanActions.Remember;

    public override async Task<StepResult<MemoryOutput>> RunAsync(StepContext<PlaceholderState> step, RememberInput input, CancellationToken cancellationToken = default)
    {
        var text = input.Text ?? input.Request ?? "";
        var statements = reader.Read(text);
        if (statements.Count == 0 && input.Corrects == true && text.Trim().Length > 0)
        {
            // "oops, I mean the Tempe office does them now, not Scottsdale": the supervisor found what it corrects.
            statements = [new MemoryStatement(text.Trim(), text.Trim(), MemoryKind.Fact, MemoryStatementReader.FactImportance, true, reader.Replaces(text))];
        }
        else if (input.Corrects == true)
        {
            statements = [.. statements.Select(s => s with { Corrects = true, Replaces = s.Replaces || reader.Replaces(s.Quote) })];
        }

        if (statements.Count == 0)
        {
            return new StepResult<MemoryOutput>(rules.Say("nothing_to_remember"), new MemoryOutput([]));
        }

        var source = input.Source ?? step.Command.IdempotencyKey;
        var project = step.ProjectId is { } id && !id.EndsWith(".desk", StringComparison.Ordinal) ? id : null;
        // "their quant reqs need kdb+" is kept with what "their" stands for, from the message before.
        var drafts = statements
            .Select(s => input.Context is { Length: > 0 } about && reader.NeedsContext(s.Text) ? s with { Text = $"{s.Text} ({about})" } : s)
            // "working the QA req for the Basel plant. Dr Keller wants GMP audit experience": kept with what the work was about.
            .Select(s => input.Scope is { Length: > 0 } scope && !reader.NeedsContext(s.Text) && !MemoryStatementReader.Mentions(s.Text, scope) ? s with { Text = $"{s.Text} ({scope})" } : s)
            .Select(s => new MemoryDraft(s.Text, s.Kind, s.Importance, new MemorySource(MemorySource.Message, source, s.Quote, project), s.Corrects, s.Replaces))
            .ToList();
        var kept = await grains.GetGrain<IRecruiterMemory>(step.AgentKey).Remember(drafts);
        return new StepResult<MemoryOutput>(Summary(kept), new MemoryOutput([.. kept.Select(k => k.Entry.Id)]), EventJson.Serialize(kept.Select(k => k.Entry).ToList()));
    }

    private string Summary(IReadOnlyList<RememberedMemory> kept)
    {
        var said = new List<string>();
        var added = kept.Where(k => k.Change == MemoryChange.Added).Select(k => k.Entry).ToList();
        if (added.Count == 1)
        {
            said.Add(rules.Say("remembered_one", ("text", added[0].Text)));
        }
        else if (added.Count > 1)
        {
            said.Add(rules.Say("remembered", ("memories", MemoryLines.Inline(added))));
        }

        said.AddRange(kept.Where(k => k.Change == MemoryChange.Corrected).Select(k => rules.Say("corrected", ("text", k.Entry.Text), ("replaced", k.Entry.Replaced ?? ""))));
        said.AddRange(kept.Where(k => k.Change == MemoryChange.Refreshed).Select(k => rules.Say("refreshed", ("text", k.Entry.Text))));
        return string.Join(' ', said);
    }
}
