using System.Globalization;
using System.Text.Json;
using Hiring.Contracts.Reasoning;
using Hiring.Reasoning.StructuredOutput;
using Hiring.Reasoning.Tasks;
using Hiring.Talent.Search;

namespace Hiring.Agents.Sourcing.Variants;

/// <summary>
/// Query variants through prompts/sourcing-query.yaml. Every variant must parse in the search's
/// boolean syntax; unparseable ones are dropped, and an answer with none left is unusable (the
/// built-in engine then answers).
/// </summary>
public sealed class LlmSourcingQueryDefinition(TalentQueryCompiler compiler) : ILlmTaskDefinition<SourcingQueryRequest, SourcingQueryVariants>
{
    public string Name => SourcingQueryTask.Name;

    public ModelTier Tier => SourcingQueryTask.Tier;

    public string PromptName => SourcingQueryTask.PromptName;

    public IReadOnlyDictionary<string, object?> Arguments(SourcingQueryRequest input) => new Dictionary<string, object?>
    {
        ["title"] = input.Title,
        ["seniority"] = input.Seniority.Length == 0 ? "(not stated)" : input.Seniority,
        ["must_haves"] = List(input.Plan.MustHaves),
        ["nice_to_haves"] = List(input.Plan.NiceToHaves),
        ["locations"] = input.Plan.Where == LocationScope.Anywhere ? "(anywhere)" : List(input.Plan.Locations),
        ["boolean_query"] = input.BooleanQuery,
        ["max_variants"] = input.MaxVariants.ToString(CultureInfo.InvariantCulture),
    };

    public SourcingQueryVariants Read(JsonElement json, SourcingQueryRequest input, Provenance provenance)
    {
        if (!json.TryGetProperty("variants", out var variants) || variants.ValueKind != JsonValueKind.Array)
        {
            throw new UnusableOutputException("variants is missing.");
        }

        var usable = new List<SourcingQueryVariant>();
        foreach (var variant in variants.EnumerateArray())
        {
            var query = JsonFields.Text(variant, "query").Trim();
            if (query.Length == 0 || !Parses(query) || usable.Any(v => v.Query == query) || query == input.BooleanQuery)
            {
                continue;
            }

            usable.Add(new SourcingQueryVariant(query, JsonFields.Text(variant, "rationale")));
        }

        return usable.Count == 0
            ? throw new UnusableOutputException("no variant parses as a boolean query.")
            : new SourcingQueryVariants([.. usable.Take(input.MaxVariants)], provenance);
    }

    public SourcingQueryVariants WithProvenance(SourcingQueryVariants output, Provenance provenance) => output with { Provenance = provenance };

    public Provenance ProvenanceOf(SourcingQueryVariants output) => output.Provenance;

    private bool Parses(string query)
    {
        try
        {
            compiler.Parse(query);
            return true;
        }
        catch (TalentQuerySyntaxException)
        {
            return false;
        }
    }

    private static string List(IReadOnlyList<string> values) => values.Count == 0 ? "(none)" : string.Join(", ", values);
}
