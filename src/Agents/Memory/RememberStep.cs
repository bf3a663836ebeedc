using System.Text.RegularExpressions;
using Hiring.Agents.Memory.Steps;
using Hiring.Agents.SubAgents;
using Hiring.Agents.Supervisor;
using Hiring.Contracts.Memory;
using Hiring.Contracts.Planning;
using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Agents.Memory;

/// <summary>
/// remember: keeps what in the recruiter's words is worth keeping beyond the message (see
/// <see cref="MemoryStatementReader"/>), each memory with the words it came from, the message and the
/// project the recruiter was on. The supervisor hands it the message without the clauses the policy
/// refused, so a refused preference is never kept.
/// </summary>
public sealed partial class RememberStep(IGrainFactory grains, MemoryStatementReader reader, MemoryRules rules)
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
            .Select(s => input.Context is { Length: > 0 } about && reader.NeedsContext(s.Text) && !s.Resolved ? s with { Text = $"{s.Text} ({about})" } : s)
            // "working the QA req for the Basel plant. Dr Keller wants GMP audit experience": kept with what the work was about.
            .Select(s => input.Scope is { Length: > 0 } scope && !reader.NeedsContext(s.Text) && !s.Resolved && !MemoryStatementReader.Mentions(s.Text, scope) ? s with { Text = $"{s.Text} ({scope})" } : s)
            .Select(s => new MemoryDraft(s.Text, s.Kind, s.Importance, new MemorySource(MemorySource.Message, source, s.Quote, project), s.Corrects, s.Replaces))
            .ToList();
        // "Rob's moved over to the Tucson site, Alana Cruz is the Phoenix DC HM now": the one who left gives way in the memory corrected,
        // and where they went is a fact of its own ("where is Rob now?").
        drafts.AddRange(drafts.Where(d => d.Corrects).SelectMany(d => MovedOn(d.Text).Select(moved => d with { Text = moved, Corrects = false, Replaces = false, Kind = MemoryKind.Fact })).ToList());
        var kept = await grains.GetGrain<IRecruiterMemory>(step.AgentKey).Remember(drafts);
        return new StepResult<MemoryOutput>(Summary(kept), new MemoryOutput([.. kept.Select(k => k.Entry.Id)]), EventJson.Serialize(kept.Select(k => k.Entry).ToList()));
    }

    /// <summary>The parts of a correction that say where someone went ("Marta Puig has moved to their Mallorca hotel"), with the label the correction opens with.</summary>
    public static IReadOnlyList<string> MovedOn(string text)
    {
        var colon = text.IndexOf(": ", StringComparison.Ordinal);
        var label = colon > 0 && colon < LabelLength ? text[..colon] : null;
        var body = label is null ? text : text[(colon + 2)..];
        return [.. PartEnd().Split(body).Select(p => p.Trim().TrimEnd('.', '!', '?')).Where(p => MovedTo().IsMatch(p) && MemoryCorrection.Names(p).Count > 1)
            .Select(p => label is null ? p : $"{label}: {p}")];
    }

    /// <summary>The most characters a label opening a correction has ("Costa Brava Resorts: …").</summary>
    private const int LabelLength = 60;

    // Someone gone to another place, with where: "has moved to their Mallorca hotel", "'s moved over to the Tucson site", "transferred to Leeds".
    [GeneratedRegex(@"^(?-i:\p{Lu})[\p{L}'’-]+(?:\s+(?-i:\p{Lu})[\p{L}'’-]+)*(?:['’]s|\s+has|\s+have|\s+is|\s+was|\s+just)?\s+(?:moved|transferred|relocated|gone|switched|been\s+moved|been\s+transferred)\s+(?:over\s+|across\s+|back\s+)?to\s+(?:the\s+|their\s+|our\s+)?(?:[\p{L}-]+\s+){0,2}?(?-i:\p{Lu})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex MovedTo();

    [GeneratedRegex(@"(?<=[.!?])\s+|,\s+|;\s*", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex PartEnd();

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
