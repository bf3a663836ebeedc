using System.Collections.Concurrent;
using System.Globalization;
using Hiring.Contracts.Learning;
using Hiring.Contracts.Projects;
using Hiring.Reasoning.Policy;

namespace Hiring.Agents.Learning;

/// <summary>
/// The transparent model: counts of who has each signal among the candidates the recruiter accepted
/// and those they passed on, the log odds ratio as the signal's weight, and Fisher's exact test
/// (corrected for how many signals were tried) so a pattern of a few candidates is not read as a
/// preference. A skill the qualification policy refuses is never proposed. It proposes; it never
/// applies (<see cref="ApplyLearningStep"/> does, after approval).
/// </summary>
public sealed class LearningModel(LearningRules rules, IQualificationPolicy policy)
{
    private const string SkillKey = "add-skill:";
    private const int MostVerdictsKept = 10_000;

    // The model runs after every decision over every skill the accepted list, and the policy's rules are
    // many patterns: each skill's verdict is kept (the policy does not change while the model lives).
    private readonly ConcurrentDictionary<string, bool> _allowed = new(StringComparer.Ordinal);

    public IReadOnlyList<LearningProposal> Propose(IReadOnlyList<LearningExample> examples, IReadOnlyList<Qualification> qualifications, IReadOnlySet<string> offered)
    {
        var accepted = examples.Where(e => e.Accepted).ToList();
        var passed = examples.Where(e => !e.Accepted).ToList();
        if (accepted.Count < rules.MinAccepted)
        {
            return [];
        }

        // The model looks again after every decision: the bar is corrected for the looks too, so
        // watching a chance pattern long enough does not make it a preference. Looks at one more
        // decision see nearly the same data, so they count as the doublings of the decisions seen
        // (as a design that looks at 2, 4, 8, 16… decisions would), not one by one.
        var looks = 1 + Math.Log2(Math.Max(1, examples.Count));
        var approved = qualifications.Where(q => q.Approved && q.Policy.Allowed).ToList();
        var proposals = new List<LearningProposal>();
        proposals.AddRange(Skills(accepted, passed, qualifications, offered, looks));
        proposals.AddRange(WeightUp(accepted, passed, [.. approved.Where(q => q.Kind == QualificationKind.NiceToHave)], looks));
        proposals.AddRange(Relax(accepted, passed, approved.Where(q => q.Kind == QualificationKind.MustHave)));
        return [.. proposals
            .Where(p => !offered.Contains(p.Key))
            .OrderByDescending(p => p.Weight)
            .ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(rules.MaxProposals)];
    }

    /// <summary>
    /// Skills most accepted candidates list and few passed-on ones do, not yet qualifications, the
    /// most significant first. When several pass the bar at the same decision, the counts cannot tell
    /// which one the recruiter goes by (skills people gather together come together), so each is
    /// offered, up to the most proposals, rather than the first in the alphabet. A skill that only goes
    /// with one offered before would echo it, so each skill is weighed within the groups of candidates
    /// who list the same offered skills (an exact stratified test): it counts only where it tells the
    /// accepted from the passed on among people alike in those. A recruiter weighs demonstrated use
    /// above a keyword, so when the work history shows the skill in use for most who list it, having
    /// used it in a role is its signal and listing it alone does not count. Which one is chosen from
    /// the profiles, never from the decisions, so each skill is still one test tried.
    /// </summary>
    private IEnumerable<LearningProposal> Skills(List<LearningExample> accepted, List<LearningExample> passed, IReadOnlyList<Qualification> qualifications, IReadOnlySet<string> offered, double looks)
    {
        if (passed.Count < rules.MinPassed)
        {
            return [];
        }

        var explained = offered.Where(k => k.StartsWith(SkillKey, StringComparison.Ordinal)).Select(k => k[SkillKey.Length..]).Order(StringComparer.Ordinal).ToList();
        string Stratum(LearningExample e) => string.Join('\n', explained.Where(e.Skills.Contains));
        var covered = qualifications.Where(q => q.Subject is { Length: > 0 }).Select(q => q.Subject!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var candidates = accepted.SelectMany(e => e.Skills).Distinct(StringComparer.Ordinal)
            .Where(s => !covered.Contains(s) && !explained.Contains(s) && Allowed(s))
            .Order(StringComparer.Ordinal)
            .Select(s => SkillSignal.Of(s, accepted, passed))
            .ToList();
        var tried = Math.Max(1, candidates.Count(c => c.Table.AcceptedWith.Count >= 2));

        // The exact test is the costly part, so only the signals strong enough to propose are tested.
        return [.. candidates
            .Where(c => c.Table.ShareAccepted >= rules.MinShareAccepted && c.Table.Correlation >= rules.MinCorrelation)
            .Select(c => (Signal: c, Chance: FisherTest.Greater(Strata(accepted, passed, Stratum, c.Has))))
            .Where(c => c.Chance <= rules.Significance / (tried * looks))
            .OrderBy(c => c.Chance)
            .ThenBy(c => c.Signal.Skill, StringComparer.Ordinal)
            .Take(rules.MaxProposals)
            .Select(c => SkillProposal(c.Signal, accepted))];
    }

    private LearningProposal SkillProposal(SkillSignal signal, List<LearningExample> accepted)
    {
        var (skill, table) = (signal.Skill, signal.Table);
        var evidence = rules.Say(signal.AtWork ? "used_evidence" : "skill_evidence", Counts(table, ("skill", skill)));
        var highlighted = accepted.Count(e => e.Highlighted.Contains(skill));
        if (highlighted > 0)
        {
            evidence += rules.Say("highlighted", ("skill", skill), ("count", Number(highlighted)));
        }

        return Proposal(SkillKey + skill, LearningChange.AddNiceToHave, skill, rules.Say("add_nice", ("skill", skill)), evidence, table);
    }

    /// <summary>Nice-to-haves almost every accepted candidate meets and few passed-on ones do.</summary>
    private IEnumerable<LearningProposal> WeightUp(List<LearningExample> accepted, List<LearningExample> passed, List<Qualification> niceToHaves, double looks)
    {
        var tried = Math.Max(1, niceToHaves.Count);
        foreach (var q in niceToHaves)
        {
            var (acceptedKnown, passedKnown) = (accepted.Where(e => Assessed(e, q.Id)).ToList(), passed.Where(e => Assessed(e, q.Id)).ToList());
            if (acceptedKnown.Count < rules.MinAccepted || passedKnown.Count < rules.MinPassed)
            {
                continue;
            }

            var table = Table.Of(acceptedKnown, passedKnown, e => e.Met.Contains(q.Id));
            if (table.ShareAccepted >= rules.MustShare && table.Correlation >= rules.MinCorrelation && table.Chance <= rules.Significance / (tried * looks))
            {
                var evidence = rules.Say("met_evidence", Counts(table, ("qualification", q.Text)));
                yield return Proposal($"must:{q.Id}:v{q.Version}", LearningChange.MakeMustHave, q.Id, rules.Say("make_must", ("qualification", q.Text)), evidence, table);
            }
        }
    }

    /// <summary>
    /// Must-haves the recruiter accepts people without about as readily as people with: their choices
    /// say these are not must-haves. Someone who holds to a must-have accepts those lacking it only
    /// by mistake, so the rate among them falls far below the rate among those who meet it.
    /// </summary>
    private IEnumerable<LearningProposal> Relax(List<LearningExample> accepted, List<LearningExample> passed, IEnumerable<Qualification> mustHaves)
    {
        foreach (var q in mustHaves)
        {
            var known = accepted.Where(e => Assessed(e, q.Id)).ToList();
            var met = known.Where(e => e.Met.Contains(q.Id)).ToList();
            var unmet = known.Except(met).Select(e => e.CandidateId).ToList();
            var passedKnown = passed.Where(e => Assessed(e, q.Id)).ToList();
            var passedMet = passedKnown.Count(e => e.Met.Contains(q.Id));
            var rateWithout = Rate(unmet.Count, passedKnown.Count - passedMet);
            var rateWith = Rate(met.Count, passedMet);
            if (known.Count < rules.MinAccepted || unmet.Count < rules.MinPassed || rateWithout < rules.RelaxRatio * rateWith)
            {
                continue;
            }

            var weight = Math.Log((rateWithout + 0.01) / (rateWith + 0.01));
            var evidence = rules.Say("rare_evidence", ("accepted", Number(known.Count)), ("with", Number(met.Count)), ("without", Number(unmet.Count)), ("qualification", q.Text), ("candidates", Named(unmet)));
            var (change, text, key) = met.Count == 0
                ? (LearningChange.Drop, rules.Say("drop", ("qualification", q.Text)), $"drop:{q.Id}:v{q.Version}")
                : (LearningChange.MakeNiceToHave, rules.Say("make_nice", ("qualification", q.Text)), $"nice:{q.Id}:v{q.Version}");
            yield return new LearningProposal(key, change, q.Id, text, evidence, Math.Round(weight, 2), unmet, []);
        }
    }

    private bool Allowed(string skill) =>
        _allowed.TryGetValue(skill, out var allowed) ? allowed
        : _allowed.Count < MostVerdictsKept ? _allowed.GetOrAdd(skill, s => policy.Check(s).Allowed)
        : policy.Check(skill).Allowed;

    /// <summary>The signal's 2×2 table within each group of candidates alike in <paramref name="stratum"/>.</summary>
    private static List<FisherTable> Strata(List<LearningExample> accepted, List<LearningExample> passed, Func<LearningExample, string> stratum, Func<LearningExample, bool> has) =>
        [.. accepted.Select(e => (Accepted: true, Example: e)).Concat(passed.Select(e => (Accepted: false, Example: e)))
            .GroupBy(x => stratum(x.Example), StringComparer.Ordinal)
            .Select(g => new FisherTable(
                g.Count(x => x.Accepted && has(x.Example)),
                g.Count(x => x.Accepted && !has(x.Example)),
                g.Count(x => !x.Accepted && has(x.Example)),
                g.Count(x => !x.Accepted && !has(x.Example))))];

    /// <summary>The share accepted among those of a kind (accepted and passed on), 1 when none were passed on.</summary>
    private static double Rate(int accepted, int passed) => accepted + passed == 0 ? 0 : (double)accepted / (accepted + passed);

    private static bool Assessed(LearningExample example, string qualificationId) => example.Met.Contains(qualificationId) || example.Unmet.Contains(qualificationId);

    private static LearningProposal Proposal(string key, LearningChange change, string subject, string text, string evidence, Table table) =>
        new(key, change, subject, text, evidence, Math.Round(table.Weight, 2), table.AcceptedWith, table.PassedWithout);

    private (string, string)[] Counts(Table table, (string, string) subject) =>
    [
        subject,
        ("with", Number(table.AcceptedWith.Count)),
        ("accepted", Number(table.Accepted)),
        ("without", Number(table.PassedWith)),
        ("passed", Number(table.Passed)),
        ("candidates", Named(table.AcceptedWith)),
        ("weight", table.Weight.ToString("0.0", CultureInfo.InvariantCulture)),
    ];

    private string Named(IReadOnlyList<string> ids) =>
        ids.Count <= rules.MaxNamed ? string.Join(", ", ids) : $"{string.Join(", ", ids.Take(rules.MaxNamed))} and {Number(ids.Count - rules.MaxNamed)} more";

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>A skill's signal: listing it, or (<paramref name="AtWork"/>) having used it in a role; who has it and their table.</summary>
    private sealed record SkillSignal(string Skill, bool AtWork, Func<LearningExample, bool> Has, Table Table)
    {
        /// <summary>Use at work when some who list the skill do not show it in use and most do; the listing otherwise.</summary>
        public static SkillSignal Of(string skill, List<LearningExample> accepted, List<LearningExample> passed)
        {
            var listing = accepted.Concat(passed).Where(e => e.Skills.Contains(skill)).ToList();
            var users = listing.Count(e => e.Used.Contains(skill));
            var atWork = users < listing.Count && 2 * users >= listing.Count;
            Func<LearningExample, bool> has = atWork ? e => e.Used.Contains(skill) : e => e.Skills.Contains(skill);
            return new(skill, atWork, has, Table.Of(accepted, passed, has));
        }
    }

    /// <summary>The 2×2 table of one signal: accepted or passed on, with or without it.</summary>
    private sealed record Table(IReadOnlyList<string> AcceptedWith, int Accepted, int PassedWith, IReadOnlyList<string> PassedWithout, int Passed)
    {
        public double ShareAccepted => (double)AcceptedWith.Count / Accepted;

        /// <summary>
        /// The correlation of having the signal with being accepted (phi). Unlike how much more common the
        /// signal is among the accepted than among those passed on, it is not capped by how many people
        /// have the signal: when most people list a skill, even a recruiter who goes by it alone passes on
        /// some who list it (by mistake or for what the profile does not show), and that difference stays
        /// small while the correlation is high.
        /// </summary>
        public double Correlation
        {
            get
            {
                var (acceptedWith, acceptedWithout, passedWith, passedWithout) = (AcceptedWith.Count, Accepted - AcceptedWith.Count, PassedWith, PassedWithout.Count);
                var (holders, others) = (acceptedWith + passedWith, acceptedWithout + passedWithout);
                return holders == 0 || others == 0 || Passed == 0
                    ? 0
                    : ((double)acceptedWith * passedWithout - (double)acceptedWithout * passedWith) / Math.Sqrt((double)Accepted * Passed * holders * others);
            }
        }

        /// <summary>The log odds ratio (with 0.5 added to each cell so an empty cell gives a finite weight).</summary>
        public double Weight => Math.Log((AcceptedWith.Count + 0.5) * (PassedWithout.Count + 0.5) / ((Accepted - AcceptedWith.Count + 0.5) * (PassedWith + 0.5)));

        public double Chance => FisherTest.Greater(AcceptedWith.Count, Accepted - AcceptedWith.Count, PassedWith, PassedWithout.Count);

        public static Table Of(List<LearningExample> accepted, List<LearningExample> passed, Func<LearningExample, bool> has) => new(
            [.. accepted.Where(has).Select(e => e.CandidateId)],
            accepted.Count,
            passed.Count(has),
            [.. passed.Where(e => !has(e)).Select(e => e.CandidateId)],
            passed.Count);
    }
}
