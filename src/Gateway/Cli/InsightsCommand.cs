using System.CommandLine;
using System.Globalization;
using Hiring.Talent.Insights;
using Hiring.Talent.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Hiring.Gateway.Cli;

/// <summary><c>hiring insights "QUERY"</c>: the economic graph of the profiles a query matches.</summary>
public static class InsightsCommand
{
    public static Command Create()
    {
        var query = TalentOptions.Query();
        var tenant = TalentOptions.Tenant();
        var json = TalentOptions.Json();
        var command = new Command("insights", "Market insights for the profiles a query matches.") { query, tenant, json };
        command.SetAction(result =>
        {
            using var services = TalentServices.Open(CommonOptions.ResolveDataDir(result));
            TalentInsights insights;
            try
            {
                insights = services.GetRequiredService<TalentInsightsService>().Compute(result.GetValue(query) ?? "", result.GetValue(tenant));
            }
            catch (TalentQuerySyntaxException e)
            {
                result.InvocationConfiguration.Error.WriteLine(e.Message);
                return SearchCommand.MalformedQuery;
            }

            var output = result.InvocationConfiguration.Output;
            if (result.GetValue(json))
            {
                output.WriteLine(CliJson.Serialize(insights));
            }
            else
            {
                Print(output, insights);
            }

            return 0;
        });
        return command;
    }

    private static void Print(TextWriter output, TalentInsights insights)
    {
        var culture = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(culture, $"Insights for \"{insights.Query}\" as of {insights.AsOf:yyyy-MM-dd}: {insights.MatchedProfiles:N0} matching profiles ({insights.AnalyzedProfiles:N0} analyzed)"));
        Section(output, "Top locations", insights.TopLocations);
        Section(output, "Top titles", insights.TopTitles);
        Section(output, "Top skills", insights.TopSkills);
        Section(output, "Top companies", insights.TopCompanies);
        output.WriteLine("Talent flow (moves in the last 24 months):");
        foreach (var flow in insights.TalentFlows)
        {
            output.WriteLine(string.Create(culture, $"  {flow.From} -> {flow.To}: {flow.Moves}"));
        }

        output.WriteLine("Fast-growing companies (net hires, 12 months):");
        foreach (var growth in insights.FastGrowingCompanies)
        {
            output.WriteLine(string.Create(culture, $"  {growth.Company}: +{growth.Net} ({growth.Joins} joined, {growth.Leaves} left)"));
        }

        output.WriteLine("Layoff signals (departure spikes):");
        foreach (var layoff in insights.LayoffSignals)
        {
            output.WriteLine(string.Create(culture, $"  {layoff.Company}: {layoff.Departures} left in {layoff.Month:yyyy-MM} (monthly average {layoff.MonthlyAverage:0.0})"));
        }

        output.WriteLine(string.Create(culture, $"Recently hired (< 90 days in role): {insights.RecentlyHired:N0} ({insights.RecentlyHiredShare * 100:0.0}%)"));
        output.WriteLine(string.Create(culture, $"Open to work: {insights.OpenToWork:N0} ({insights.OpenToWorkShare * 100:0.0}%)"));
    }

    private static void Section(TextWriter output, string title, IReadOnlyList<InsightCount> counts)
    {
        output.WriteLine($"{title}:");
        foreach (var count in counts)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {count.Value}: {count.Count:N0} ({count.Share * 100:0.0}%)"));
        }
    }
}
