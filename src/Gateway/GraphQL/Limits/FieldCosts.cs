namespace Hiring.Gateway.GraphQL.Limits;

/// <summary>
/// What the fields that do real work cost in the complexity analyzer's units (a plain field costs
/// 1), counted for every alias since each alias runs again. With the default limit of 1,000 one
/// document holds a few insights or searches; 500 aliases of insights (35 s of work) are refused
/// before anything runs.
/// </summary>
public static class FieldCosts
{
    /// <summary>A Lucene search with synonym expansion and a MiniLM rerank.</summary>
    public const double Search = 100;

    /// <summary>Aggregates over every matched profile (up to the whole pool).</summary>
    public const double Insights = 200;
}
