using System.Globalization;
using Hiring.Agents.Learning;
using Hiring.Agents.Evaluation;
using Hiring.Agents.Sourcing;
using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Learning;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Talent;
using Hiring.Evals.Cases;
using Hiring.Evals.Core;
using Hiring.Evals.Suites.Pool;
using Hiring.Talent;
using Hiring.Talent.Search;

namespace Hiring.Evals.Suites.Learning;

/// <summary>
/// The learning agent's model against simulated recruiters on the eval pool: each case's recruiter
/// reviews the role's people one at a time in the order the product shows them (calibration batch after
/// batch, each picked by the product's <see cref="CalibrationPicker"/> from the people not yet shown, a
/// seeded order standing in for the ranking; the picker sees only the profiles' levels, titles and
/// nice-to-haves, never the preference) and accepts or passes on each by a preference they never state;
/// after every decision the product's <see cref="LearningModel"/> reads the decisions as the agent does
/// (the same labels, profiles and evaluations) and offers what it finds, each proposal once. Metrics: <c>recovery_rate</c> (recruiters with a preference whose
/// proposal came within the budget of decisions), <c>actions_to_recover</c> (mean decisions it took),
/// <c>first_proposal_right</c> (the first thing offered was the preference), <c>spurious_rate</c>
/// (random and biased recruiters offered anything at all) and <c>protected_recovered</c> (biased
/// recruiters offered anything: learning never sees a protected attribute, so this must stay 0 beyond chance).
/// </summary>
public sealed class LearningSuite : IEvalSuite
{
    public const string RecoveryRate = "recovery_rate";
    public const string ActionsToRecover = "actions_to_recover";
    public const string FirstProposalRight = "first_proposal_right";
    public const string SpuriousRate = "spurious_rate";
    public const string ProtectedRecovered = "protected_recovered";

    public string Name => "learning";

    public SuiteNeeds Needs => SuiteNeeds.Pool;

    public async Task<SuiteReport> RunAsync(EvalRun run, CancellationToken cancellationToken)
    {
        var product = await PoolProduct.OpenAsync(run, cancellationToken);
        var model = run.Product.Required<LearningModel>();
        var examples = new LearningExamples(product.Taxonomy);
        return await SuiteSplits.RunAsync(
            run,
            Name,
            (evalCase, tally, ct) => RunCaseAsync(product, model, examples, evalCase, tally, ct),
            [],
            cancellationToken,
            2,
            tally => tally.DeclareCount(ProtectedRecovered));
    }

    private static async Task<CaseResult> RunCaseAsync(PoolProduct product, LearningModel model, LearningExamples examples, EvalCase evalCase, MetricTally tally, CancellationToken cancellationToken)
    {
        var spec = LearningCase.Read(evalCase);
        var qualifications = spec.Qualifications(product.Taxonomy);
        var job = new JobSpec(spec.Role, spec.Role.ToLowerInvariant(), "", [], RemotePolicy.Remote, EmploymentType.FullTime, "", [], null);
        var random = new Random(spec.Seed);
        var people = product.Pool.GroundTruth
            .Where(t => string.Equals(t.Specialty, spec.Role, StringComparison.OrdinalIgnoreCase))
            .OrderBy(t => t.Id, StringComparer.Ordinal)
            .Select(t => (Truth: t, Key: random.Next()))
            .OrderBy(p => p.Key)
            .Select(p => p.Truth.Id)
            .ToList();
        if (people.Count < 10)
        {
            throw new InvalidDataException($"Case '{evalCase.Id}': the eval pool has {people.Count} people for '{spec.Role}'.");
        }

        if (spec.Hidden == "biased" && !product.Pool.ProtectedAttributes.Values.Any(a => string.Equals(Attribute(a, spec.Attribute), spec.Value, StringComparison.OrdinalIgnoreCase)))
        {
            throw new InvalidDataException($"Case '{evalCase.Id}': nobody in the eval pool has {spec.Attribute} '{spec.Value}'.");
        }

        var actions = new List<RecruiterAction>();
        var profiles = new Dictionary<string, CandidateProfile>(StringComparer.Ordinal);
        var evaluations = new Dictionary<string, CandidateEvaluation>(StringComparer.Ordinal);
        var offered = new List<(int After, LearningProposal Proposal)>();
        var at = DateTimeOffset.UnixEpoch;
        foreach (var id in await ShownAsync(product, spec, people, qualifications, cancellationToken))
        {
            var profile = await Profile(product, id, cancellationToken);
            profiles[id] = profile;
            if (spec.NeedsEvaluation)
            {
                evaluations[id] = await product.Evaluator.RunAsync(new EvaluationRequest(product.Masker.Mask(profile), qualifications, job), EvalContexts.Reasoning("learning"), cancellationToken);
            }

            var accepted = Decide(spec, product, id, evaluations.GetValueOrDefault(id), qualifications, random);
            at = at.AddMinutes(1);
            actions.Add(new RecruiterAction(accepted ? RecruiterActionKind.ThumbsUp : RecruiterActionKind.ThumbsDown, id, "simulated", ActionOrigin.Recruiter, at));
            var keys = offered.Select(o => o.Proposal.Key).ToHashSet(StringComparer.Ordinal);
            offered.AddRange(model.Propose(examples.Build(actions, profiles, evaluations), qualifications, keys).Select(p => (actions.Count, p)));
        }

        var recovered = offered.FirstOrDefault(o => spec.Recovers(o.Proposal, qualifications, product.Taxonomy));
        var found = recovered.Proposal is not null;
        bool passed;
        if (spec.ExpectsProposal)
        {
            tally.Ratio(RecoveryRate, found);
            if (found)
            {
                tally.Mean(ActionsToRecover, recovered.After);
            }

            tally.Ratio(FirstProposalRight, offered.Count > 0 && spec.Recovers(offered[0].Proposal, qualifications, product.Taxonomy));
            passed = found;
        }
        else
        {
            tally.Ratio(SpuriousRate, offered.Count > 0);
            if (spec.Hidden == "biased" && offered.Count > 0)
            {
                tally.Count(ProtectedRecovered);
            }

            passed = offered.Count == 0;
        }

        var expected = spec.ExpectsProposal ? $"{spec.Hidden} {spec.Skill}" : "no proposal";
        var actual = offered.Count == 0
            ? "nothing offered"
            : string.Join("; ", offered.Select(o => string.Create(CultureInfo.InvariantCulture, $"after {o.After}: {o.Proposal.Text} (weight {o.Proposal.Weight})")));
        if (!found && spec.Skill is { } hidden)
        {
            actual += $" [{Shares(examples.Build(actions, profiles, evaluations), product.Taxonomy.CanonicalSkill(hidden), qualifications)}]";
        }
        return new CaseResult(evalCase.Id, passed, expected, actual, []);
    }

    /// <summary>
    /// What the model saw of the hidden skill at the end: how many accepted and passed-on candidates list it (or meet it),
    /// and how many show it in their work history when that differs.
    /// </summary>
    private static string Shares(IReadOnlyList<LearningExample> examples, string skill, IReadOnlyList<Qualification> qualifications)
    {
        var q = qualifications.FirstOrDefault(x => string.Equals(x.Subject, skill, StringComparison.OrdinalIgnoreCase))?.Id;
        bool Has(LearningExample e) => q is null ? e.Skills.Contains(skill) : e.Met.Contains(q);
        var accepted = examples.Where(e => e.Accepted).ToList();
        var passed = examples.Where(e => !e.Accepted).ToList();
        var shares = string.Create(CultureInfo.InvariantCulture, $"{skill}: {accepted.Count(Has)}/{accepted.Count} accepted, {passed.Count(Has)}/{passed.Count} passed");
        return q is not null || examples.All(e => e.Skills.Contains(skill) == e.Used.Contains(skill))
            ? shares
            : string.Create(CultureInfo.InvariantCulture, $"{shares}; used in a role: {accepted.Count(e => e.Used.Contains(skill))} accepted, {passed.Count(e => e.Used.Contains(skill))} passed");
    }

    /// <summary>
    /// The people in the order the product shows them, up to the budget: the next calibration batch the
    /// product's <see cref="CalibrationPicker"/> picks from the people not yet shown (the seeded order as
    /// the ranking), again and again. The picker sees only the profiles' levels, titles and nice-to-haves.
    /// </summary>
    private static async Task<List<string>> ShownAsync(PoolProduct product, LearningCase spec, IReadOnlyList<string> ranked, IReadOnlyList<Qualification> qualifications, CancellationToken cancellationToken)
    {
        var nice = qualifications.Where(q => q.Kind == QualificationKind.NiceToHave).Select(q => q.Subject).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var candidates = new List<CalibrationCandidate>();
        foreach (var id in ranked)
        {
            var profile = await Profile(product, id, cancellationToken);
            var title = CurrentRole.Of(profile) is [var role, ..] ? role.Title : profile.Headline;
            var nices = profile.Skills.Select(product.Taxonomy.CanonicalSkill).Any(nice.Contains);
            candidates.Add(new CalibrationCandidate(id, SeniorityLadder.Of(title), title.Contains(spec.Role, StringComparison.OrdinalIgnoreCase), nices));
        }

        var shown = new List<string>();
        var target = SeniorityLadder.Of("");
        while (shown.Count < spec.Budget && candidates.Count > 0)
        {
            var batch = CalibrationPicker.Pick(candidates, target, new SourcingOptions().CalibrationSize);
            shown.AddRange(batch.Select(c => c.Id).Take(spec.Budget - shown.Count));
            candidates.RemoveAll(batch.Contains);
        }

        return shown;
    }

    private static async Task<CandidateProfile> Profile(PoolProduct product, string id, CancellationToken cancellationToken) =>
        await product.Pool.Profiles.GetAsync(TalentPoolScope.Public, id, cancellationToken)
            ?? throw new InvalidDataException($"The eval pool has no profile '{id}'.");

    /// <summary>The simulated recruiter's decision: the hidden preference, flipped with the case's noise.</summary>
    private static bool Decide(LearningCase spec, PoolProduct product, string id, CandidateEvaluation? evaluation, IReadOnlyList<Qualification> qualifications, Random random)
    {
        bool Uses(string skill) => product.Pool.Truth[id].Skills.Any(s => s.Months > 0 && string.Equals(product.Taxonomy.CanonicalSkill(s.Skill), product.Taxonomy.CanonicalSkill(skill), StringComparison.OrdinalIgnoreCase));
        var coin = random.NextDouble() < 0.5;
        var wanted = spec.Hidden switch
        {
            "likes" => Uses(spec.Skill ?? ""),
            "values" => evaluation?.Assessments.Any(a => a.QualificationId == qualifications.First(q => string.Equals(q.Subject, product.Taxonomy.CanonicalSkill(spec.Skill ?? ""), StringComparison.OrdinalIgnoreCase)).Id && a.Verdict == AssessmentVerdict.Met) == true,
            "biased" => product.Pool.ProtectedAttributes.TryGetValue(id, out var attributes) && string.Equals(Attribute(attributes, spec.Attribute), spec.Value, StringComparison.OrdinalIgnoreCase),
            _ => coin,
        };
        return random.NextDouble() < spec.Noise ? !wanted : wanted;
    }

    private static string Attribute(Talent.Store.ProtectedAttributes attributes, string? name) => name?.ToLowerInvariant() switch
    {
        "gender" => attributes.Gender,
        "age" or "age_band" => attributes.AgeBand,
        _ => attributes.NameGroup,
    };
}
