using System.Globalization;
using System.Text.Json;
using Hiring.Agents.Identity;
using Hiring.Contracts.Memory;
using Hiring.Contracts.Supervisor;
using Hiring.Evals.Cases;
using Hiring.Evals.Core;
using Hiring.Evals.Suites.Dialogue;

namespace Hiring.Evals.Suites.Memory;

/// <summary>
/// One memory case through the real assistant. Each company of the case is a tenant of its own and each
/// recruiter a supervisor of their own; a "say" is kept when the recruiter's memory changed with it (a
/// new memory, or one corrected or refreshed), forgotten when memories went; an "ask" is checked on
/// what the assistant answered. A turn's "at" (an ISO date and time) sets its company's clock, so a case
/// can run over several days.
/// </summary>
public sealed class MemoryConversation(IGrainFactory grains, TimeSpan turnDeadline, TenantClock clock)
{
    private const string DefaultTenant = "acme";
    private const string DefaultRecruiter = "ana";
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(20);

    public async Task<CaseResult> RunAsync(EvalCase evalCase, MetricTally tally, CancellationToken cancellationToken)
    {
        var turns = evalCase.Require("turns").EnumerateArray().ToList();
        var wrong = new List<string>();
        var seen = new List<string>();
        var said = new List<(string Speaker, string Text, int Turn)>();
        var forgotAt = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < turns.Count; i++)
        {
            var turn = turns[i];
            var tenant = Tenant(evalCase, CaseJson.Text(turn, "tenant") ?? DefaultTenant);
            var recruiter = CaseJson.Text(turn, "by") ?? DefaultRecruiter;
            var speaker = $"{tenant}/{recruiter}";
            using var scope = TenantScope.For(tenant);
            var key = GrainKeys.Recruiter(tenant, recruiter);
            var supervisor = grains.GetGrain<IRecruiterSupervisor>(key);
            var memory = grains.GetGrain<IRecruiterMemory>(key);
            if (CaseJson.Text(turn, "at") is { } at)
            {
                clock.Set(tenant, DateTimeOffset.Parse(at, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal));
            }

            var text = CaseJson.Text(turn, "say") ?? CaseJson.Text(turn, "ask") ?? throw new InvalidDataException($"Case '{evalCase.Id}' turn {i + 1} has neither say nor ask.");
            var before = await memory.List();
            var observed = await PostAsync(supervisor, text, i + 1, cancellationToken);
            var after = await memory.List();
            var answer = string.Join("\n", observed.Replies.Concat(observed.Steps));
            seen.Add($"{i + 1}: {observed.Plan?.Intent.ToString() ?? "no plan"} {Changed(before, after)}");

            if (CaseJson.Has(turn, "say"))
            {
                said.Add((speaker, text, i));
                var held = true;
                if (CaseJson.Flag(turn, "remembers") is { } remembers && remembers != Kept(before, after))
                {
                    held = false;
                    wrong.Add($"turn {i + 1} remembers {remembers.ToString().ToLowerInvariant()} | got {Changed(before, after)}");
                }

                if (CaseJson.Flag(turn, "forgets") is true)
                {
                    forgotAt[speaker] = i;
                    // Memories went: an episode kept meanwhile (the day's conversation ending) does not hide it.
                    if (before.All(b => after.Any(a => a.Id == b.Id)))
                    {
                        held = false;
                        wrong.Add($"turn {i + 1} forgets | got {Changed(before, after)}");
                    }
                }

                tally.Ratio(MemorySuite.StoreAccuracy, held);
                continue;
            }

            var missing = CaseJson.Strings(turn, "recalls").Where(w => !Contains(answer, w)).ToList();
            var present = CaseJson.Strings(turn, "not").Where(w => Contains(answer, w)).ToList();
            tally.Ratio(MemorySuite.RecallAccuracy, missing.Count == 0 && present.Count == 0);
            if (missing.Count > 0 || present.Count > 0)
            {
                wrong.Add($"turn {i + 1} recall{(missing.Count > 0 ? $" missing [{string.Join(", ", missing)}]" : "")}{(present.Count > 0 ? $" holds [{string.Join(", ", present)}]" : "")} | got {Short(answer)}");
            }

            foreach (var word in present)
            {
                var own = said.Where(s => s.Speaker == speaker && Contains(s.Text, word)).ToList();
                if (own.Count == 0 && said.Any(s => s.Speaker != speaker && Contains(s.Text, word)))
                {
                    tally.Count(MemorySuite.CrossRecruiterLeaks);
                }
                else if (forgotAt.TryGetValue(speaker, out var forgot) && own.Any(s => s.Turn < forgot))
                {
                    tally.Count(MemorySuite.ForgottenRecalled);
                }
            }
        }

        var passed = wrong.Count == 0;
        tally.Ratio(MemorySuite.MemoryAccuracy, passed);
        return new CaseResult(evalCase.Id, passed, string.Join("; ", wrong.Select(w => w.Split(" | got ")[0])), string.Join(" / ", seen) + (wrong.Count > 0 ? $" — {string.Join("; ", wrong)}" : ""), []);
    }

    private async Task<TurnObservation> PostAsync(IRecruiterSupervisor supervisor, string text, int turn, CancellationToken cancellationToken)
    {
        var messageId = string.Create(CultureInfo.InvariantCulture, $"turn-{turn}");
        var cursor = await supervisor.LastSequence();
        await supervisor.Post(new MessageEnvelope(messageId, text));
        return await new TurnWatcher(supervisor, turnDeadline, PollEvery).WatchAsync(cursor, messageId, cancellationToken);
    }

    /// <summary>
    /// Whether the memory changed with a message: a memory added, corrected or refreshed. An episode is left out: it
    /// is kept when the conversation before the message ended (a new project, a day's gap), not from the message.
    /// </summary>
    private static bool Kept(IReadOnlyList<MemoryEntry> before, IReadOnlyList<MemoryEntry> after) =>
        after.Any(a => a.Kind != MemoryKind.Episode && !before.Any(b => b.Id == a.Id && b.Text == a.Text && b.UpdatedAt == a.UpdatedAt));

    private static string Changed(IReadOnlyList<MemoryEntry> before, IReadOnlyList<MemoryEntry> after)
    {
        var changed = after.Where(a => !before.Any(b => b.Id == a.Id && b.Text == a.Text && b.UpdatedAt == a.UpdatedAt)).Select(a => $"+\"{a.Text}\"");
        var gone = before.Where(b => !after.Any(a => a.Id == b.Id)).Select(b => $"-\"{b.Text}\"");
        var all = changed.Concat(gone).ToList();
        return all.Count == 0 ? "(memory unchanged)" : string.Join(" ", all);
    }

    private static bool Contains(string text, string word) => text.Contains(word, StringComparison.OrdinalIgnoreCase);

    private static string Short(string answer)
    {
        var flat = answer.ReplaceLineEndings(" ");
        return flat.Length <= 300 ? flat : flat[..300] + "…";
    }

    /// <summary>A tenant of its own per case, split and company, so cases never see each other's memories.</summary>
    private static string Tenant(EvalCase evalCase, string company)
    {
        var number = new string([.. evalCase.Id.Where(char.IsAsciiDigit)]);
        var safe = new string([.. company.Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')]);
        var id = $"m{(evalCase.Split == EvalSplit.Dev ? "d" : "b")}{number}-{safe}";
        return id.Length <= 48 ? id : id[..48];
    }
}
