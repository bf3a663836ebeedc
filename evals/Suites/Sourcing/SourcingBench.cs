using Hiring.Agents.Intake;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Talent;
using Hiring.Evals.Core;
using Hiring.Evals.Suites.Pool;
using Hiring.Reasoning.Understanding.Places;

namespace Hiring.Evals.Suites.Sourcing;

/// <summary>
/// What a suite that runs sourcing specs on the eval pool works with: the product over the pool, its
/// selection, where everyone lives and who is relevant to a spec by the ground truth; a case's spec and
/// approved qualifications as the product holds them.
/// </summary>
public sealed class SourcingBench
{
    private readonly Gazetteer _gazetteer;
    private readonly QualificationDrafter _drafter;

    private SourcingBench(PoolProduct product, Gazetteer gazetteer, QualificationDrafter drafter, IReadOnlyDictionary<string, Location> locations)
    {
        Product = product;
        _gazetteer = gazetteer;
        _drafter = drafter;
        Locations = locations;
        Relevance = new PoolRelevance(gazetteer);
        Selection = new SourcingSelection(product);
    }

    public PoolProduct Product { get; }

    public PoolRelevance Relevance { get; }

    public SourcingSelection Selection { get; }

    /// <summary>Where each person of the pool lives.</summary>
    public IReadOnlyDictionary<string, Location> Locations { get; }

    public static async Task<SourcingBench> OpenAsync(EvalRun run, CancellationToken cancellationToken)
    {
        var product = await PoolProduct.OpenAsync(run, cancellationToken);
        var locations = await PoolLocations.ReadAsync(product.Pool, cancellationToken);
        return new SourcingBench(product, run.Product.Required<Gazetteer>(), run.Product.Required<QualificationDrafter>(), locations);
    }

    /// <summary>Everyone in the pool relevant to <paramref name="spec"/> by the ground truth.</summary>
    public HashSet<string> Relevant(SourcingCase spec) =>
        Product.Pool.GroundTruth.Where(t => Relevance.IsRelevant(spec, t, Locations[t.Id])).Select(t => t.Id).ToHashSet(StringComparer.Ordinal);

    public JobSpec Spec(SourcingCase spec) => spec.ToSpec(Product.Taxonomy, _gazetteer);

    public IReadOnlyList<Qualification> Approved(SourcingCase spec) => spec.Qualifications(Product.Taxonomy, _drafter);
}
