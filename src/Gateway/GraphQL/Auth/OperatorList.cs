namespace Hiring.Gateway.GraphQL.Auth;

/// <summary>
/// The principals who may erase candidates, from <c>Hiring:Operators</c>: "tenant/recruiter" keys, as a
/// list (<c>Hiring:Operators:0</c>, …) or one comma-separated value. An operator erases within their own
/// tenant (its private pool and projects) and from the public pool, which reaches every tenant's
/// projects: naming operators is the deployment's decision, not a tenant's. Nobody is one by default.
/// </summary>
public sealed class OperatorList
{
    public const string Setting = "Hiring:Operators";

    private readonly HashSet<string> _keys;

    public OperatorList(IConfiguration configuration)
    {
        var section = configuration.GetSection(Setting);
        var values = section.GetChildren().Select(c => c.Value).Append(section.Value);
        _keys = [.. values.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))];
    }

    public bool Includes(RecruiterIdentity who) => _keys.Contains(who.RecruiterKey);
}
