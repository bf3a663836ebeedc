using System.CommandLine;
using System.Globalization;
using Hiring.Talent.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Hiring.Gateway.Cli;

/// <summary><c>hiring search "QUERY"</c>: ranked profiles with why each matched; exit code 2 for a malformed query.</summary>
public static class SearchCommand
{
    public const int MalformedQuery = 2;

    public static Command Create()
    {
        var query = TalentOptions.Query();
        var tenant = TalentOptions.Tenant();
        var json = TalentOptions.Json();
        var top = new Option<int>("--top") { Description = "How many hits to print.", DefaultValueFactory = _ => 20 };
        var semantic = new Option<bool>("--semantic") { Description = "Natural-language mode: rank every profile by the meaning of the query alone." };
        var keywordsOnly = new Option<bool>("--keywords-only") { Description = "Rank by BM25 alone, without the semantic rerank." };
        var command = new Command("search", "Search the talent pool.") { query, tenant, top, semantic, keywordsOnly, json };
        command.SetAction(result =>
        {
            var mode = result.GetValue(semantic) ? SearchMode.NaturalLanguage
                : result.GetValue(keywordsOnly) ? SearchMode.Boolean
                : SearchMode.Reranked;
            var request = new TalentSearchRequest(result.GetValue(query) ?? "", result.GetValue(tenant), result.GetValue(top), mode);
            var output = result.InvocationConfiguration.Output;
            using var services = TalentServices.Open(CommonOptions.ResolveDataDir(result));
            TalentSearchResult found;
            try
            {
                found = services.GetRequiredService<TalentSearch>().Search(request);
            }
            catch (TalentQuerySyntaxException e)
            {
                result.InvocationConfiguration.Error.WriteLine(e.Message);
                return MalformedQuery;
            }

            if (result.GetValue(json))
            {
                output.WriteLine(CliJson.Serialize(found));
                return 0;
            }

            Print(output, found, request);
            return 0;
        });
        return command;
    }

    private static void Print(TextWriter output, TalentSearchResult found, TalentSearchRequest request)
    {
        var pools = request.Tenant is null ? "public pool" : $"public pool + {request.Tenant}";
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{found.TotalMatches:N0} matches for \"{found.Query}\" ({pools}, {found.Mode}); showing {found.Hits.Count}"));
        if (found.Mode != SearchMode.Boolean && found.VectorsUsed == 0)
        {
            output.WriteLine("note: no profile vectors yet, so ranking is by keywords; the server computes them in the background, or run `hiring index embed`.");
        }

        var rank = 0;
        foreach (var hit in found.Hits)
        {
            rank++;
            var role = hit.CurrentCompany.Length > 0 ? $"{hit.CurrentTitle} at {hit.CurrentCompany}" : hit.CurrentTitle;
            var open = hit.OpenToWork ? " · open to work" : "";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rank,3}. {hit.Name} — {role} · {hit.Location}{open}  [{hit.Pool}, score {hit.Score:0.000}]"));
            if (hit.Headline.Length > 0)
            {
                output.WriteLine($"     {hit.Headline}");
            }

            output.WriteLine($"     why: {string.Join("; ", hit.Reasons)}");
        }
    }
}
