using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Hiring.Talent.Search;

/// <summary>
/// Where each pool's index and vector cache live: {data}/index/public, {data}/index/tenants/{tenant},
/// and the same under {data}/vectors. Tenant names that are not plain file names are hashed.
/// </summary>
public sealed partial class TalentIndexPaths(string dataDirectory)
{
    public string DataDirectory { get; } = Path.GetFullPath(dataDirectory);

    public string IndexRoot => Path.Combine(DataDirectory, "index");

    public string VectorRoot => Path.Combine(DataDirectory, "vectors");

    public string IndexOf(TalentPoolScope scope) => Path.Combine(IndexRoot, Relative(scope));

    public string VectorsOf(TalentPoolScope scope) => Path.Combine(VectorRoot, Relative(scope) + ".vec");

    /// <summary>The value of the pool field for documents of the scope: "public" or "tenant:{name}", so no tenant name can pass for the public pool.</summary>
    public static string PoolName(TalentPoolScope scope) => scope.ToString();

    private static string Relative(TalentPoolScope scope) =>
        scope.Tenant is null ? "public" : Path.Combine("tenants", FolderName(scope.Tenant));

    internal static string FolderName(string tenant) =>
        PlainName().IsMatch(tenant)
            ? tenant
            : "t-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(tenant)))[..32];

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex PlainName();
}
