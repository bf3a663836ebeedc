using Hiring.Agents.Persistence;
using Hiring.Storage;

namespace Hiring.Gateway.GraphQL.Auth;

/// <summary>
/// The demo recruiter's key: configured, or generated once and kept in the data folder so a restart
/// does not invalidate the key a browser already holds.
/// </summary>
public sealed class DemoKey
{
    private const string FileName = "demo-api-key";

    private DemoKey(string key, string tenant, string recruiter)
    {
        Key = key;
        Entry = new ApiKeyEntry { KeyHash = ApiKeyHash.Compute(key), Tenant = tenant, Recruiter = recruiter };
    }

    public string Key { get; }

    public ApiKeyEntry Entry { get; }

    public static bool IsEnabled(DemoSettings demo, AuthSettings auth) => demo.Enabled ?? auth.ApiKeys.Count == 0;

    public static DemoKey Resolve(DemoSettings demo, string dataDir)
    {
        if (!string.IsNullOrWhiteSpace(demo.ApiKey))
        {
            return new DemoKey(demo.ApiKey, demo.Tenant, demo.Recruiter);
        }

        var key = OwnerOnly.KeptSecret(dataDir, FileName, ApiKeyHash.NewKey);
        return new DemoKey(key, demo.Tenant, demo.Recruiter);
    }
}
