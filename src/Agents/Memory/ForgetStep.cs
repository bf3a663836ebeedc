using System.Text.RegularExpressions;
using Hiring.Agents.Memory.Steps;
using Hiring.Agents.SubAgents;
using Hiring.Contracts.Memory;
using Hiring.Contracts.Planning;
using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Agents.Memory;

/// <summary>
/// forget: removes what the recruiter points at from their memory ("forget that", "forget the cover
/// letter thing", "wipe your memory of me"); a forgotten memory is gone from the state and never
/// recalled again. A request to erase a candidate is not the recruiter's memory: it is said so, and
/// nothing changes.
/// </summary>
public sealed partial class ForgetStep(IGrainFactory grains, ForgetRequestReader reader, MemoryWords words, MemoryRules rules)
    : StepHandler<PlaceholderState, ForgetInput, MemoryOutput>
{
    /// <summary>Memories this close in likeness to the best match (sharing as many words) are as good a match, and go with it.</summary>
    public const double Tie = 0.02;

    private readonly Regex _every = MemoryRules.Any([rules.ForgetEvery]);
    private readonly Regex _part = MemoryRules.Any([rules.ForgetPart]);

    public override string Action => PlanActions.Forget;

    public override async Task<StepResult<MemoryOutput>> RunAsync(StepContext<PlaceholderState> step, ForgetInput input, CancellationToken cancellationToken = default)
    {
        var memory = grains.GetGrain<IRecruiterMemory>(step.AgentKey);
        var target = reader.Read(input.Request ?? input.Subject ?? "");
        var kept = await memory.List();
        if (kept.Count == 0)
        {
            return Said(input.Candidate is not null ? rules.Say("candidate_erasure") : rules.Say("forgot_empty"), []);
        }

        if (target.All)
        {
            var count = await memory.ForgetAll();
            return Said(rules.Say("forgot_all", ("count", count.ToString(System.Globalization.CultureInfo.InvariantCulture))), []);
        }

        IReadOnlyList<MemoryEntry>? named = input.Memories is { Count: > 0 } ids ? [.. kept.Where(e => ids.Contains(e.Id))] : null;
        // "forget that": the newest thing the recruiter told (a decision of theirs only when they told nothing).
        var last = kept.FirstOrDefault(e => e.Source.Kind == MemorySource.Message) ?? kept[0];
        var every = _every.IsMatch(input.Request ?? "");
        var chosen = named ?? (target.Last ? [last] : await MatchingAsync(memory, target.Subject, every));
        if (named is null && !target.Last && every)
        {
            // "forget everything about the Dublin search": every memory whose own words name it, not only the closest.
            // A list's item names its client in the words it opens with ("Greystone Nickel, their mine super does…"), not in its own quote;
            // what a pronoun was taken to stand for, kept after it in brackets, is no name the memory itself says.
            chosen = [.. chosen.Union(kept.Where(e => e.Kind != MemoryKind.Episode && (Names(e.Source.Quote, input.Request ?? "", target.Subject) || Names(KeptWith().Replace(e.Text, ""), input.Request ?? "", target.Subject))))];
        }
        if (chosen.Count == 0)
        {
            return Said(input.Candidate is not null ? rules.Say("candidate_erasure") : rules.Say("forgot_none", ("subject", target.Subject)), []);
        }

        // "cancella tutto su di lui" of a memory that tells of Giulia and then of Marco: everything about him is his part of it.
        if (named is null && !target.Last && chosen.Count == 1 && Part(chosen[0].Text, target.Subject, input.Request ?? "") is { } rest)
        {
            // "forget the joining bonus part, they've scrapped it. rest stays": one detail of a memory that lists several goes; the rest
            // is kept again as a memory of its own, from the same words the recruiter said. Only when the request says it is a part:
            // "forget the cc Giulia thing" forgets the whole memory, as forgetting too little would keep what was asked gone.
            var whole = chosen[0];
            await memory.Forget([whole.Id]);
            await memory.Remember([new MemoryDraft(rest.Kept, whole.Kind, whole.Importance, whole.Source)]);
            return Said(rules.Say("forgot", ("memories", string.Join("; ", rest.Dropped.Select(d => $"\"{d}\"")))), [whole.Id]);
        }

        var gone = await memory.Forget([.. chosen.Select(e => e.Id)]);
        return Said(rules.Say("forgot", ("memories", MemoryLines.Inline(gone))), [.. gone.Select(e => e.Id)]);
    }

    /// <summary>
    /// The memory without the part the request names, when it names one: a detail, when the request says it is a part ("forget the
    /// joining bonus part, rest stays"); or one of the several names a memory lists, each with what was told of it ("Callwise BPO ka fee 12%
    /// hai, Zenith CX ka 10%": "Zenith wala note hata do" is Zenith's part). Null when the whole memory goes.
    /// </summary>
    private (string Kept, IReadOnlyList<string> Dropped)? Part(string text, string subject, string request)
    {
        if (_part.IsMatch(request) && Detail(subject, request, MemoryDetails.Opening(text)) is var detail
            && MemoryDetails.Without(text, part => words.Shared(words.Content(part), detail) > 0) is { } rest)
        {
            return rest;
        }

        var subjectWords = words.Content(subject);
        return MemoryDetails.WithoutSubject(text, name => words.Shared(words.Content(name), subjectWords) > 0);
    }

    /// <summary>
    /// The words of a forget request's subject that pick the detail to forget: "lo de la visa de Valentina" picks the visa, not every detail
    /// about Valentina, since the whole memory is about her (its <paramref name="opening"/> names her); with nothing but such names, the names.
    /// A capital that opens no name the memory is about is a detail's ("den Teil mit dem Honorar bei Brenner": German writes nouns so).
    /// </summary>
    private IReadOnlyList<string> Detail(string subject, string request, string opening)
    {
        var all = words.Content(subject);
        var about = words.Content(opening);
        var named = MemoryCorrection.Names(request).SelectMany(n => words.Content(n)).Where(w => about.Contains(w, StringComparer.Ordinal)).ToHashSet(StringComparer.Ordinal);
        return all.Where(w => !named.Contains(w)).ToList() is { Count: > 0 } detail ? detail : all;
    }

    /// <summary>
    /// The memory the subject names: the one sharing the most words with it, the most alike among those
    /// (several only when they are as good a match, or everything about it is asked); with no word shared, the clearly most alike.
    /// </summary>
    private async Task<IReadOnlyList<MemoryEntry>> MatchingAsync(IRecruiterMemory memory, string subject, bool every)
    {
        var subjectWords = words.Content(subject);
        var ranked = (await memory.Rank(subject, 50))
            .Select(r => (r.Entry, Shared: Shared(r.Entry, subjectWords), r.Likeness))
            .OrderByDescending(r => r.Shared)
            .ThenByDescending(r => r.Likeness)
            .ToList();
        if (ranked.Count == 0)
        {
            return [];
        }

        var best = ranked[0];
        if (best.Shared > 0)
        {
            // "olvida todo lo de Olivenza": everything about it is every memory naming it as much as the best does, however alike.
            return [.. ranked.Where(r => r.Shared == best.Shared && (every || r.Likeness >= best.Likeness - Tie)).Select(r => r.Entry)];
        }

        // "forget the currency matter" of "salary is quoted in naira": named in other words, it must stand out. A name no memory
        // says ("gooi alles over Kroon Bouw weg" with only Van Dijk's terms kept) names nothing kept, however alike the rest reads.
        return MemoryPlan.StandsOut([.. ranked.Select(r => r.Likeness)]) && MemoryCorrection.Names(subject).Count == 0 ? [best.Entry] : [];
    }

    /// <summary>Whether what the recruiter said names every name the request's subject holds ("Dublin" of "the Dublin search").</summary>
    private static bool Names(string said, string request, string subject)
    {
        var names = MemoryCorrection.Names(request).Where(n => subject.Contains(n, StringComparison.OrdinalIgnoreCase)).ToList();
        return names.Count > 0 && names.All(n => MemoryCorrection.Names(said).Any(s => MemoryCorrection.SharesWord(s, n)));
    }

    // "… (Coastline Freight)": what a memory was kept with at its end.
    [GeneratedRegex(@"\s*\([^()]*\)\s*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimit.Milliseconds)]
    private static partial Regex KeptWith();

    private int Shared(MemoryEntry entry, IReadOnlyList<string> subjectWords) => words.Shared(words.Content(entry.Text), subjectWords);

    private static StepResult<MemoryOutput> Said(string text, IReadOnlyList<string> ids) => new(text, new MemoryOutput(ids));
}
