using GraphQL.Types;
using Hiring.Talent.Insights;

namespace Hiring.Gateway.GraphQL.Types;

public sealed class LayoffSignalType : ObjectGraphType<LayoffSignal>
{
    public LayoffSignalType()
    {
        Name = "LayoffSignal";
        Description = "A month whose departures from a company far exceed its monthly average.";
        Field<NonNullGraphType<StringGraphType>>("company").Resolve(c => c.Source.Company);
        Field<NonNullGraphType<DateOnlyGraphType>>("month").Description("The month's first day.").Resolve(c => c.Source.Month);
        Field<NonNullGraphType<IntGraphType>>("departures").Resolve(c => c.Source.Departures);
        Field<NonNullGraphType<FloatGraphType>>("monthlyAverage").Resolve(c => c.Source.MonthlyAverage);
    }
}
