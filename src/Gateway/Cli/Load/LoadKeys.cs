using System.Globalization;
using Hiring.Gateway.GraphQL.Auth;
using Hiring.Gateway.GraphQL.Limits;

namespace Hiring.Gateway.Cli.Load;

/// <summary>
/// API keys for simulated recruiters: <see cref="Write"/> makes N of them, the plaintext keys for
/// <c>hiring load --keys-file</c> and the settings that make a node accept them (only their SHA-256,
/// as <c>Hiring:Auth:ApiKeys</c> holds every key) and take their load unthrottled (a rate limit of
/// <see cref="UnthrottledRequestsPerWindow"/>: a load run measures the node, not its limiter);
/// <see cref="Read"/> reads such a keys file back.
/// </summary>
public static class LoadKeys
{
    public const string KeysFile = "keys.txt";
    public const string NodeArgumentsFile = "node-args.txt";

    /// <summary>Recruiters per tenant: a tenant's projects list is shared by its recruiters, as in a company.</summary>
    public const int RecruitersPerTenant = 10;

    /// <summary>Requests per key per rate-limit window on a node started with these settings: more than any run makes.</summary>
    public const int UnthrottledRequestsPerWindow = 100_000_000;

    public static (string KeysPath, string ArgumentsPath) Write(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        var keys = Enumerable.Range(0, count).Select(_ => ApiKeyHash.NewKey()).ToList();
        var arguments = keys.SelectMany((key, i) => new[]
        {
            string.Create(CultureInfo.InvariantCulture, $"--Hiring:Auth:ApiKeys:{i}:KeyHash={ApiKeyHash.Compute(key)}"),
            string.Create(CultureInfo.InvariantCulture, $"--Hiring:Auth:ApiKeys:{i}:Tenant=load{i / RecruitersPerTenant}"),
            string.Create(CultureInfo.InvariantCulture, $"--Hiring:Auth:ApiKeys:{i}:Recruiter=r{i}"),
        }).Append(string.Create(CultureInfo.InvariantCulture, $"--{LimitSettings.Section}:{nameof(LimitSettings.RequestsPerWindow)}={UnthrottledRequestsPerWindow}"));
        var keysPath = Path.Combine(folder, KeysFile);
        var argumentsPath = Path.Combine(folder, NodeArgumentsFile);
        WriteOwnerOnly(keysPath, keys);
        File.WriteAllLines(argumentsPath, arguments);
        return (keysPath, argumentsPath);
    }

    /// <summary>The keys of a keys file, one a line; blank lines and lines starting with # are skipped.</summary>
    public static IReadOnlyList<string> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new LoadException($"The keys file {path} does not exist (make one with 'hiring load keys --count N --out DIR').");
        }

        var keys = File.ReadAllLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        return keys.Count > 0 ? keys : throw new LoadException($"The keys file {path} holds no key.");
    }

    private static void WriteOwnerOnly(string path, IEnumerable<string> lines)
    {
        File.WriteAllLines(path, lines);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }
}
