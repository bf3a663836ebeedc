using System.Globalization;
using Hiring.Contracts.Memory;
using Hiring.Reasoning.Embeddings;

namespace Hiring.Agents.Memory;

/// <summary>
/// A recruiter's memories as a plain class over <see cref="MemoryBookState"/>: keeping (a near repeat
/// refreshes, a correction replaces what it corrects, an episode is kept once per stretch), recall by likeness to the question blended with
/// importance and recency, and forgetting, which removes the memory from the state. Vectors come from
/// <paramref name="embed"/> (MiniLM in the product), normalized, so likeness is their dot product.
/// </summary>
public sealed class MemoryBook(MemoryBookState state, TimeProvider clock, MemoryWords words, Func<IReadOnlyList<string>, float[][]> embed)
{
    /// <summary>The most memories one recruiter keeps; past it the least important, oldest ones give way.</summary>
    public const int Capacity = 1000;

    /// <summary>At or above this likeness a new memory repeats a kept one of its kind.</summary>
    public const double RepeatLikeness = 0.9;

    /// <summary>At or above this likeness a correction replaces the memory it most resembles.</summary>
    public const double CorrectionLikeness = 0.5;

    /// <summary>At or above this likeness a memory answers a question that shares no word with it.</summary>
    public const double RecallLikeness = 0.5;

    /// <summary>How much more a name (a person, a place, a product) weighs than another word when a question and a memory share it.</summary>
    public const double NameWeight = 2;

    /// <summary>Days over which a memory's recency halves, give or take (exponential decay).</summary>
    public const double RecencyDays = 30;

    private const double LikenessWeight = 0.7;
    private const double ImportanceWeight = 0.2;
    private const double RecencyWeight = 0.1;

    /// <summary>The most forgotten stretches of conversation remembered as forgotten.</summary>
    public const int ForgottenStretchCapacity = 200;

    /// <summary>Keeps each draft and says what became of it (an episode of a forgotten conversation is not kept, and not listed).</summary>
    public IReadOnlyList<RememberedMemory> Remember(IReadOnlyList<MemoryDraft> drafts)
    {
        var kept = new List<RememberedMemory>();
        var vectors = embed([.. drafts.Select(d => d.Text)]);
        for (var i = 0; i < drafts.Count; i++)
        {
            if (Keep(drafts[i], vectors[i]) is { } one)
            {
                kept.Add(one);
            }
        }

        while (state.Items.Count > Capacity)
        {
            var weakest = state.Items.OrderBy(m => m.Entry.Importance).ThenBy(m => m.Entry.UpdatedAt ?? m.Entry.At).First();
            state.Items.Remove(weakest);
        }

        return kept;
    }

    /// <summary>The memories that answer the question, best first; every memory (or every preference), newest first, when it names no subject.</summary>
    public IReadOnlyList<RecalledMemory> Recall(MemoryQuery query, int max)
    {
        // "what did I tell you on Monday?": only what belongs to the days named.
        var dated = state.Items.Where(m => query.When is null || query.When.Holds(m.Entry)).ToList();
        // "how do I like my shortlists laid out?" of "my shortlists should be a table": what the recruiter told about the subject answers
        // a question about their likings, however it was kept.
        var pool = dated.Where(m => !query.PreferencesOnly || m.Entry.Kind == MemoryKind.Preference || (!query.IsGeneral && m.Entry.Kind != MemoryKind.Episode && Answered(query, m.Entry).Count > 0)).ToList();
        if (query.PreferencesOnly && pool.Count == 0)
        {
            // "my preferences?" of a recruiter who told facts only: the facts are what there is.
            pool = dated;
        }

        if (pool.Count == 0)
        {
            return [];
        }

        if (query.IsGeneral)
        {
            // What the recruiter told first, newest first; their decisions after. Asked what was discussed, the conversations first.
            return [.. pool.OrderBy(m => Rank(m.Entry.Kind, query.Recap)).ThenByDescending(m => m.Entry.UpdatedAt ?? m.Entry.At).Take(max).Select(m => new RecalledMemory(m.Entry, 1, 1))];
        }

        var relevant = Scored(pool, query).Where(r => r.Relevance > 0).ToList();
        if (!query.Recap)
        {
            // "any rules I gave you for nurse CVs?": what the recruiter told answers a question about a subject; their
            // approvals only where nothing told does, and a conversation's summary ("On 5 Dec, Registered Nurse: you set up
            // the project"), which shares a word or two with many questions, only where neither does.
            var tier = relevant.Select(r => Tier(r.Entry.Kind)).DefaultIfEmpty(0).Min();
            relevant = [.. relevant.Where(r => Tier(r.Entry.Kind) == tier)];
        }

        // "how many references does Chicago want?" after three facts told at once, "anything on interviews in Singapore?" of
        // two Singapore rules: a memory that answers only part of what another answers (every word of the question it
        // shares, the other shares too, and more) adds nothing; memories that answer other parts of the question all stay.
        var answered = relevant.ToDictionary(r => r.Entry.Id, r => Answered(query, r.Entry));
        relevant = [.. relevant.Where(r => !relevant.Any(b => answered[r.Entry.Id].IsProperSubsetOf(answered[b.Entry.Id])))];

        if (relevant.Count == 0 && query.PreferencesOnly && query.When is null)
        {
            // "how do I like candidates presented?" shares no word with "send me candidates as a table": asked how they like things done, their preferences answer.
            return [.. pool.Where(m => m.Entry.Kind == MemoryKind.Preference).OrderByDescending(m => m.Entry.UpdatedAt ?? m.Entry.At).Take(max).Select(m => new RecalledMemory(m.Entry, 1, 1))];
        }

        return [.. relevant.OrderByDescending(r => r.Score).Take(max)];
    }

    /// <summary>Every memory ranked against the query, words shared first, then likeness; none left out.</summary>
    public IReadOnlyList<RecalledMemory> Rank(MemoryQuery query, int max)
    {
        if (state.Items.Count == 0 || query.IsGeneral)
        {
            return [];
        }

        return [.. Scored(state.Items, query).OrderByDescending(r => r.Relevance).ThenByDescending(r => r.Likeness).Take(max)];
    }

    /// <summary>Every memory, newest first.</summary>
    public IReadOnlyList<MemoryEntry> List() => [.. state.Items.Select(m => m.Entry).OrderByDescending(e => e.UpdatedAt ?? e.At)];

    /// <summary>Removes the memories with these ids; returns them.</summary>
    public IReadOnlyList<MemoryEntry> Forget(IReadOnlyCollection<string> ids)
    {
        var gone = state.Items.Where(m => ids.Contains(m.Entry.Id)).ToList();
        state.Items.RemoveAll(gone.Contains);
        foreach (var episode in gone.Where(m => m.Entry.Kind == MemoryKind.Episode))
        {
            // The stretch may still be going on: its episode, kept again as it grows, must not come back.
            state.ForgottenStretches.Add(Stretch(episode.Entry.Source));
        }

        if (state.ForgottenStretches.Count > ForgottenStretchCapacity)
        {
            state.ForgottenStretches.RemoveRange(0, state.ForgottenStretches.Count - ForgottenStretchCapacity);
        }

        return [.. gone.Select(m => m.Entry)];
    }

    /// <summary>Removes every memory; returns how many there were.</summary>
    public int ForgetAll()
    {
        var count = state.Items.Count;
        state.Items.Clear();
        state.ForgotAllAt = clock.GetUtcNow();
        return count;
    }

    /// <summary>Rewrites a memory's text; null when the id is unknown.</summary>
    public MemoryEntry? Correct(string id, string text)
    {
        var index = state.Items.FindIndex(m => m.Entry.Id == id);
        if (index < 0)
        {
            return null;
        }

        var old = state.Items[index].Entry;
        var entry = old with { Text = text, UpdatedAt = clock.GetUtcNow(), Replaced = old.Text };
        state.Items[index] = new KeptMemory(entry, embed([text])[0]);
        return entry;
    }

    private RememberedMemory? Keep(MemoryDraft draft, float[] vector)
    {
        var now = clock.GetUtcNow();
        // A correction that only denies what the memory it names never says tells something new beside it.
        if (draft.Corrects && Corrected(draft, vector) is { } target && !MemoryCorrection.DeniesOnlyOther(target.Entry.Text, draft.Text))
        {
            var index = state.Items.IndexOf(target);
            var text = MemoryCorrection.Apply(target.Entry.Text, draft.Text);
            var entry = target.Entry with { Text = text, Source = draft.Source, UpdatedAt = now, Replaced = target.Entry.Text, Importance = Math.Max(target.Entry.Importance, draft.Importance) };
            state.Items[index] = new KeptMemory(entry, text == draft.Text ? vector : embed([text])[0]);
            return new RememberedMemory(entry, MemoryChange.Corrected);
        }

        if (draft.Kind == MemoryKind.Episode)
        {
            if (state.ForgottenStretches.Contains(Stretch(draft.Source)) || (state.ForgotAllAt is { } wiped && (draft.Source.From ?? now) < wiped))
            {
                // Forgotten, or begun before the recruiter asked to forget everything: never kept again.
                return null;
            }

            // An episode is known by the stretch of conversation it summarises, not by its words (two days' work on one
            // project read alike): kept once however often it is offered, by a retry or after a restart; a stretch
            // summarised while it went on ("what have we done today?") has its episode brought up to date.
            if (state.Items.FirstOrDefault(m => m.Entry.Kind == MemoryKind.Episode && Stretch(m.Entry.Source) == Stretch(draft.Source)) is { } same)
            {
                if (same.Entry.Text == draft.Text && same.Entry.Source == draft.Source)
                {
                    return new RememberedMemory(same.Entry, MemoryChange.Refreshed);
                }

                var updated = same.Entry with { Text = draft.Text, Source = draft.Source, UpdatedAt = now };
                state.Items[state.Items.IndexOf(same)] = new KeptMemory(updated, vector);
                return new RememberedMemory(updated, MemoryChange.Refreshed);
            }
        }

        if (draft.Kind != MemoryKind.Episode && state.Items.Where(m => m.Entry.Kind == draft.Kind).Select(m => (Memory: m, Likeness: VectorMath.Cosine(m.Vector, vector))).Where(m => m.Likeness >= RepeatLikeness).OrderByDescending(m => m.Likeness).Select(m => m.Memory).FirstOrDefault() is { } repeated)
        {
            var entry = repeated.Entry with { UpdatedAt = now, Importance = Math.Max(repeated.Entry.Importance, draft.Importance) };
            state.Items[state.Items.IndexOf(repeated)] = repeated with { Entry = entry };
            return new RememberedMemory(entry, MemoryChange.Refreshed);
        }

        state.NextId++;
        var added = new MemoryEntry(string.Create(CultureInfo.InvariantCulture, $"m-{state.NextId}"), draft.Text, draft.Kind, draft.Importance, draft.Source, now);
        state.Items.Add(new KeptMemory(added, vector));
        return new RememberedMemory(added, MemoryChange.Added);
    }

    /// <summary>What a correction corrects: the memory that shares a name with it, else the one it most resembles, else (when it resembles it at all) the newest.</summary>
    private KeptMemory? Corrected(MemoryDraft draft, float[] vector)
    {
        var candidates = state.Items.Where(m => m.Entry.Kind != MemoryKind.Episode).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var names = MemoryCorrection.Names(draft.Text);
        var scored = candidates.Select(m => (Memory: m, Likeness: (double)VectorMath.Cosine(m.Vector, vector), Shared: MemoryCorrection.Names(m.Entry.Text).Count(n => names.Any(d => MemoryCorrection.SharesWord(n, d))))).ToList();
        if (scored.Where(s => s.Shared > 0).OrderByDescending(s => s.Shared).ThenByDescending(s => s.Likeness).Select(s => s.Memory).FirstOrDefault() is { } named)
        {
            return named;
        }

        var best = scored.OrderByDescending(s => s.Likeness).First();
        if (best.Likeness >= CorrectionLikeness)
        {
            return best.Memory;
        }

        // "Helix margin's not 17 anymore" of "Helix Bio contractors: …": a name word opening a sentence reads as a plain word
        // ("helix"), yet the correction still says a word of the name a memory holds.
        var said = MemoryWords.Split(draft.Text);
        if (scored.Select(s => (s.Memory, s.Likeness, Mentioned: MemoryCorrection.Names(s.Memory.Entry.Text).Count(n => said.Any(w => MemoryCorrection.SharesWord(n, w)))))
            .Where(s => s.Mentioned > 0).OrderByDescending(s => s.Mentioned).ThenByDescending(s => s.Likeness).Select(s => s.Memory).FirstOrDefault() is { } mentioned)
        {
            return mentioned;
        }

        // "actually switch to Notion from now on": a correction that says what replaces what goes to the newest memory; "they've gone up
        // to 19%", of a client's fee kept beside its HM, to the newest with a number of what the correction's number counts.
        var newest = scored.OrderByDescending(s => s.Memory.Entry.UpdatedAt ?? s.Memory.Entry.At).ToList();
        return !draft.Replaces ? null
            : newest.Where(s => MemoryCorrection.CountsAlike(s.Memory.Entry.Text, draft.Text)).Select(s => s.Memory).FirstOrDefault() ?? newest[0].Memory;
    }

    /// <summary>Each memory against the question's subject: its relevance, its likeness, and the score blended with importance and recency.</summary>
    private IEnumerable<RecalledMemory> Scored(IReadOnlyList<KeptMemory> memories, MemoryQuery query)
    {
        var now = clock.GetUtcNow();
        var vector = embed([query.Subject])[0];
        var names = NameWords(memories);
        foreach (var memory in memories)
        {
            var relevance = Relevance(query, vector, memory, names);
            yield return new RecalledMemory(memory.Entry, Score(relevance, memory.Entry, now), relevance, VectorMath.Cosine(memory.Vector, vector));
        }
    }

    /// <summary>
    /// How well a memory answers the question: the share of the question's words it answers, a name (a word some memory
    /// writes capitalized: "Gus", "Chicago", "AWS") weighing <see cref="NameWeight"/> times another word, so "what does
    /// Chicago want?" finds the memory about Chicago before one that only shares "want"; likeness alone when high; 0 when it does not.
    /// </summary>
    private double Relevance(MemoryQuery query, float[] vector, KeptMemory memory, HashSet<string> names)
    {
        double likeness = VectorMath.Cosine(memory.Vector, vector);
        double Weight(string word) => names.Contains(word) ? NameWeight : 1;
        var shared = Answered(query, memory.Entry).Sum(Weight);
        if (shared > 0)
        {
            // Words shared weigh most; likeness orders memories that share as many.
            return 0.55 + (0.35 * shared / query.Words.Sum(Weight)) + (0.1 * Math.Max(likeness, 0));
        }

        return likeness >= RecallLikeness ? likeness : 0;
    }

    /// <summary>The question's words the memory answers.</summary>
    private HashSet<string> Answered(MemoryQuery query, MemoryEntry entry)
    {
        var content = words.Content(entry.Text);
        return [.. query.Words.Where(q => words.Shared(content, [q]) > 0)];
    }

    /// <summary>The content words of the names the memories hold (runs of capitalized words), stemmed as questions are.</summary>
    private HashSet<string> NameWords(IEnumerable<KeptMemory> memories) =>
        [.. memories.SelectMany(m => MemoryCorrection.Names(m.Entry.Text)).SelectMany(n => words.Content(n))];

    /// <summary>Which stretch of conversation an episode summarises: its project and when the stretch began (its span of the event log, for an episode kept before stretches had a start).</summary>
    private static string Stretch(MemorySource source) =>
        source.From is { } from ? $"{source.ProjectId}@{from.UtcTicks.ToString(CultureInfo.InvariantCulture)}" : source.Reference;

    private static int Tier(MemoryKind kind) => kind switch
    {
        MemoryKind.Episode => 2,
        MemoryKind.Decision => 1,
        _ => 0,
    };

    private static int Rank(MemoryKind kind, bool recap) => kind switch
    {
        MemoryKind.Episode => recap ? 0 : 1,
        MemoryKind.Decision => 1,
        _ => recap ? 1 : 0,
    };

    private static double Score(double relevance, MemoryEntry entry, DateTimeOffset now)
    {
        var age = (now - (entry.UpdatedAt ?? entry.At)).TotalDays;
        var recency = Math.Exp(-Math.Max(age, 0) / RecencyDays);
        return (LikenessWeight * relevance) + (ImportanceWeight * entry.Importance) + (RecencyWeight * recency);
    }
}
