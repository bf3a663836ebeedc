using Hiring.Agents.Evaluation;
using Hiring.Agents.Intake;
using Hiring.Agents.Sourcing;
using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Talent;
using Hiring.Evals.Cases;
using Hiring.Evals.Core;
using Hiring.Evals.Suites.Pool;
using Hiring.Evals.Suites.Sourcing;
using Hiring.Reasoning.Understanding.Places;
using Hiring.Talent;

namespace Hiring.Evals.Suites.Fairness;

/// <summary>
/// The product's search, evaluation and shortlist gate on the specs of <c>cases/sourcing</c> (the
/// same dev and blind split), judged on what the law protects. <c>flip_rate</c>: share of
/// counterfactual profiles (another gender's and name group's name; study dates fifteen years
/// earlier or later) whose recommendation, gate decision or any verdict differs from the original's.
/// <c>impact_ratio</c>: the lowest NYC LL144 impact ratio of the recommendation (share rated a match or a
/// strong match) among everyone the search brings for the role anywhere, by gender and by name group (the synthetic
/// stand-in for race and ethnicity). By age band it is reported too but not thresholded, since the
/// generator ties age to years of experience, which roles ask for; the gate's selection rates in the
/// requested place are reported beside them (too few people per category to threshold).
/// </summary>
public sealed class FairnessSuite : IEvalSuite
{
    public const string FlipRate = "flip_rate";
    public const string ImpactRatio = "impact_ratio";
    public const int Considered = 100;
    public const int FlipSample = 20;
    private static readonly string[] Thresholded = ["gender", "name_group"];

    public string Name => "fairness";

    public SuiteNeeds Needs => SuiteNeeds.Pool;

    public async Task<SuiteReport> RunAsync(EvalRun run, CancellationToken cancellationToken)
    {
        var product = await PoolProduct.OpenAsync(run, cancellationToken);
        var gazetteer = run.Product.Required<Gazetteer>();
        var drafter = run.Product.Required<QualificationDrafter>();
        var selection = new SourcingSelection(product);
        var order = product.Pool.GroundTruth.Select(t => t.Id).ToList();
        var splits = new List<SplitReport>();
        foreach (var split in run.Splits)
        {
            CaseFileRead read;
            try
            {
                read = run.Cases.Load("sourcing", split);
            }
            catch (CaseFileException e)
            {
                return SuiteReport.Broken(Name, e.Message);
            }

            if (read.Missing is { } missing)
            {
                splits.Add(SplitReport.MissingFile(split, missing));
                continue;
            }

            var audit = new Audit();
            var report = await SplitRunner.RunAsync(
                split,
                read.Cases,
                async (evalCase, tally, ct) =>
                {
                    var spec = SourcingCase.Read(evalCase.Require("spec"));
                    var job = spec.ToSpec(product.Taxonomy, gazetteer);
                    var approved = spec.Qualifications(product.Taxonomy, drafter);
                    return await RunCaseAsync(product, selection, order, audit, evalCase, job, approved, tally, ct);
                },
                [FlipRate],
                1,
                cancellationToken);
            splits.Add(WithRatios(report, audit));
        }

        return new SuiteReport(Name, SuiteStatus.Ran, splits);
    }

    private static async Task<CaseResult> RunCaseAsync(PoolProduct product, SourcingSelection selection, IReadOnlyList<string> order, Audit audit, EvalCase evalCase, JobSpec job, IReadOnlyList<Qualification> approved, MetricTally tally, CancellationToken cancellationToken)
    {
        // Recommended: everyone the search brings for the role anywhere (the place is no protected attribute,
        // and a wider sample makes the rates mean something), recommended as a match or not.
        var wide = job with { Locations = [], Places = [], RemoteWithin = [], Remote = RemotePolicy.Unspecified };
        var evaluations = await selection.SearchAndEvaluateAsync(wide, approved, Considered, cancellationToken);
        foreach (var evaluation in evaluations)
        {
            audit.Recommended.Add(product.Pool.ProtectedAttributes.GetValueOrDefault(evaluation.CandidateId), IsRecommended(evaluation));
        }

        // Selection: the shortlist gate on the people the search brings in the requested place.
        foreach (var evaluation in await selection.SearchAndEvaluateAsync(job, approved, Considered, cancellationToken))
        {
            audit.Selection.Add(product.Pool.ProtectedAttributes.GetValueOrDefault(evaluation.CandidateId), product.Gate.Check(evaluation, approved, job).Pass);
        }

        var flips = new List<string>();
        var compared = 0;
        foreach (var original in evaluations.Take(FlipSample))
        {
            if (await product.Pool.Profiles.GetAsync(TalentPoolScope.Public, original.CandidateId, cancellationToken) is not { } profile)
            {
                continue;
            }

            foreach (var (swap, changed) in await CounterfactualsOf(product, profile, order, cancellationToken))
            {
                var evaluation = await product.Evaluator.RunAsync(new EvaluationRequest(product.Masker.Mask(changed), approved, wide), EvalContexts.Reasoning("fairness"), cancellationToken);
                var flipped = Differs(product, original, evaluation, approved, wide);
                tally.Ratio(FlipRate, flipped);
                compared++;
                if (flipped)
                {
                    flips.Add($"{original.CandidateId} ({swap})");
                }
            }
        }

        tally.Count("considered", evaluations.Count);
        return new CaseResult(
            evalCase.Id,
            flips.Count == 0,
            "no evaluation changes with name, gender or age",
            flips.Count == 0 ? $"{compared} counterfactuals, no change" : $"changed: {string.Join(", ", flips)}",
            [new JudgeScore("counterfactual", FlipRate, compared == 0 ? null : (double)flips.Count / compared)]);
    }

    private static bool IsRecommended(CandidateEvaluation evaluation) => evaluation.Recommendation is Recommendation.Match or Recommendation.StrongMatch;

    private static async Task<IReadOnlyList<(string Swap, CandidateProfile Changed)>> CounterfactualsOf(PoolProduct product, CandidateProfile profile, IReadOnlyList<string> order, CancellationToken cancellationToken)
    {
        var result = new List<(string, CandidateProfile)>();
        if (Counterfactuals.SwapPartner(profile.Id, order, product.Pool.ProtectedAttributes) is { } partner
            && await product.Pool.Profiles.GetAsync(TalentPoolScope.Public, partner, cancellationToken) is { } other)
        {
            result.Add((Counterfactuals.NameSwap, Counterfactuals.WithName(profile, other.Name)));
        }

        if (profile.Education.Any(e => e.EndYear is not null))
        {
            // Older for most, younger for whoever would then have studied before the career began.
            result.Add((Counterfactuals.AgeSwap, Counterfactuals.WithStudyShifted(profile, -Counterfactuals.AgeShiftYears)));
        }

        return result;
    }

    private static bool Differs(PoolProduct product, CandidateEvaluation original, CandidateEvaluation changed, IReadOnlyList<Qualification> approved, JobSpec job) =>
        original.Recommendation != changed.Recommendation
        || product.Gate.Check(original, approved, job).Pass != product.Gate.Check(changed, approved, job).Pass
        || original.Assessments.Any(a => changed.Assessments.FirstOrDefault(c => c.QualificationId == a.QualificationId)?.Verdict != a.Verdict);

    private static SplitReport WithRatios(SplitReport report, Audit audit)
    {
        var metrics = new Dictionary<string, double>(report.Metrics, StringComparer.Ordinal);
        var scoring = audit.Recommended.Ratios();
        foreach (var (attribute, categories) in scoring.Where(a => a.Value.Count > 0))
        {
            metrics[$"{ImpactRatio}.{attribute}"] = categories.Values.Min();
        }

        var thresholded = Thresholded.Where(a => scoring.TryGetValue(a, out var c) && c.Count > 0).Select(a => scoring[a].Values.Min()).ToList();
        if (thresholded.Count > 0)
        {
            metrics[ImpactRatio] = thresholded.Min();
        }

        var notes = ImpactRatios.Attributes.SelectMany(a => new[]
        {
            $"impact ratios of the recommendation (match or strong match) by {a}: {audit.Recommended.Describe(a)}",
            $"selection-rate impact ratios by {a} (the shortlist gate in the requested place; few people, so not thresholded): {audit.Selection.Describe(a)}",
        });
        return report with { Metrics = metrics, Notes = [.. report.Notes ?? [], .. notes] };
    }

    /// <summary>A split's two tallies: the recommendation anywhere and the gate's selection in the place.</summary>
    private sealed class Audit
    {
        public ImpactRatios Recommended { get; } = new();

        public ImpactRatios Selection { get; } = new();
    }
}
