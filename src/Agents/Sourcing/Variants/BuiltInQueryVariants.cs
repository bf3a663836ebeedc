using Hiring.Contracts.Reasoning;
using Hiring.Reasoning.Embeddings;
using Hiring.Reasoning.Tasks;
using Hiring.Talent.Search;

namespace Hiring.Agents.Sourcing.Variants;

/// <summary>
/// Query variants without a model: titles of the same family and taxonomy neighbours of the
/// must-have skills, each ranked by MiniLM similarity to the role so the closest ones are used,
/// and the must-have skills under any title.
/// </summary>
public sealed class BuiltInQueryVariants(TalentTaxonomy taxonomy, ITextEmbedder embedder) : IBuiltInTask<SourcingQueryRequest, SourcingQueryVariants>
{
    public const string EngineName = "builtin:taxonomy-minilm";
    public const string ResourceName = "builtin/taxonomy";
    public const string ResourceVersion = "1";
    private const int Neighbours = 3;

    public string Name => SourcingQueryTask.Name;

    public ModelTier Tier => SourcingQueryTask.Tier;

    public Task<SourcingQueryVariants> RunAsync(SourcingQueryRequest input, ReasoningContext context, CancellationToken cancellationToken = default)
    {
        var plan = input.Plan;
        var role = $"{input.Seniority} {input.Title}, {string.Join(", ", plan.MustHaves.Concat(plan.NiceToHaves))}".Trim();
        var variants = new List<SourcingQueryVariant>();

        var adjacent = Closest(role, plan.FamilyTitles.Except(plan.CoreTitles), cancellationToken);
        if (adjacent.Count > 0)
        {
            var titles = plan with { CoreTitles = [.. plan.CoreTitles, .. adjacent], Titles = TitleScope.Core };
            variants.Add(new($"{BooleanQueryBuilder.Build(titles)}", $"adjacent titles of the same family, closest first: {string.Join(", ", adjacent)}"));
        }

        var related = Closest(role, plan.MustHaves.SelectMany(taxonomy.RelatedSkills).Except(plan.MustHaves).Except(plan.NiceToHaves), cancellationToken);
        if (related.Count > 0)
        {
            var query = $"{BooleanQueryBuilder.Build(plan)} AND {BooleanQueryBuilder.AnyOf(TalentFields.Skill, related)}";
            variants.Add(new(query, $"also knows a neighbour of the must-haves: {string.Join(", ", related)}"));
        }

        if (plan.MustHaves.Count > 0)
        {
            variants.Add(new(BooleanQueryBuilder.WithoutTitles(plan), "the must-have skills under any title"));
        }

        var provenance = new Provenance(ReasoningEngine.BuiltIn, EngineName, ResourceName, ResourceVersion, Tier);
        return Task.FromResult(new SourcingQueryVariants([.. variants.Where(v => v.Query != input.BooleanQuery).Take(input.MaxVariants)], provenance));
    }

    private List<string> Closest(string role, IEnumerable<string> options, CancellationToken cancellationToken)
    {
        var candidates = options.Distinct(StringComparer.Ordinal).ToList();
        if (candidates.Count == 0)
        {
            return [];
        }

        var vectors = embedder.Embed([role, .. candidates], cancellationToken);
        return [.. candidates
            .Select((text, i) => (Text: text, Similarity: VectorMath.Cosine(vectors[0], vectors[i + 1])))
            .OrderByDescending(c => c.Similarity)
            .ThenBy(c => c.Text, StringComparer.Ordinal)
            .Take(Neighbours)
            .Select(c => c.Text)];
    }
}
