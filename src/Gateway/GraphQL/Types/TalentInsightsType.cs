using GraphQL;
using GraphQL.Types;
using Hiring.Talent.Insights;

namespace Hiring.Gateway.GraphQL.Types;

public sealed class TalentInsightsType : ObjectGraphType<TalentInsights>
{
    public TalentInsightsType()
    {
        Name = "TalentInsights";
        Description = "Figures over the profiles a query matched; shares are of analyzedProfiles.";
        Field<NonNullGraphType<StringGraphType>>("query").Resolve(c => c.Source.Query);
        Field<NonNullGraphType<DateOnlyGraphType>>("asOf").Resolve(c => c.Source.AsOf);
        Field<NonNullGraphType<LongGraphType>>("matchedProfiles").Resolve(c => c.Source.MatchedProfiles);
        Field<NonNullGraphType<IntGraphType>>("analyzedProfiles").Resolve(c => c.Source.AnalyzedProfiles);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InsightCountType>>>>("topLocations").WithComplexityImpact(1, 10).Resolve(c => c.Source.TopLocations);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InsightCountType>>>>("topTitles").WithComplexityImpact(1, 10).Resolve(c => c.Source.TopTitles);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InsightCountType>>>>("topSkills").WithComplexityImpact(1, 10).Resolve(c => c.Source.TopSkills);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InsightCountType>>>>("topCompanies").WithComplexityImpact(1, 10).Resolve(c => c.Source.TopCompanies);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TalentFlowType>>>>("talentFlows").WithComplexityImpact(1, 10).Resolve(c => c.Source.TalentFlows);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CompanyGrowthType>>>>("fastGrowingCompanies").WithComplexityImpact(1, 10).Resolve(c => c.Source.FastGrowingCompanies);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LayoffSignalType>>>>("layoffSignals").WithComplexityImpact(1, 10).Resolve(c => c.Source.LayoffSignals);
        Field<NonNullGraphType<IntGraphType>>("recentlyHired").Resolve(c => c.Source.RecentlyHired);
        Field<NonNullGraphType<FloatGraphType>>("recentlyHiredShare").Resolve(c => c.Source.RecentlyHiredShare);
        Field<NonNullGraphType<IntGraphType>>("openToWork").Resolve(c => c.Source.OpenToWork);
        Field<NonNullGraphType<FloatGraphType>>("openToWorkShare").Resolve(c => c.Source.OpenToWorkShare);
    }
}
