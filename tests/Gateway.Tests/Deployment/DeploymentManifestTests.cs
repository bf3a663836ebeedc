using System.Reflection;
using Hiring.Agents.Cluster;
using Hiring.Gateway.Hosting;
using Microsoft.Extensions.Configuration;
using YamlDotNet.RepresentationModel;

namespace Hiring.Gateway.Tests.Deployment;

/// <summary>
/// deploy/k8s and deploy/Dockerfile cannot run here (no container engine, no cluster), so they are checked against
/// the program: every Hiring setting they set is one the program reads, the settings start cluster mode on
/// Kubernetes, the ports agree, and Orleans' ids match the pod labels its Kubernetes hosting selects by.
/// </summary>
public sealed class DeploymentManifestTests
{
    private static readonly string Deploy = Path.Combine(RepositoryRoot(), "deploy");

    [Fact]
    public void TheDeploymentSetsOnlySettingsTheProgramReadsAndTheyStartAKubernetesClusterOnPostgres()
    {
        var container = Containers("Deployment").Single();
        var env = Env(container);

        var known = Settings();
        var unknown = env.Keys.Where(k => k.StartsWith("Hiring__", StringComparison.Ordinal) && !known.Contains(k.Replace("__", ":", StringComparison.Ordinal))).ToList();
        Assert.True(unknown.Count == 0, $"settings the program does not read: {string.Join(", ", unknown)}");

        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(env.ToDictionary(e => e.Key.Replace("__", ":", StringComparison.Ordinal), e => (string?)(e.Value ?? "Host=db;Database=hiring")))
            .Build();
        var cluster = ClusterSettings.Read(configuration);
        Assert.Equal((ClusterProvider.Postgres, true), (cluster.Provider, cluster.Kubernetes));

        var ports = ((YamlSequenceNode)container["ports"]).Cast<YamlMappingNode>().ToDictionary(p => Text(p["name"]), p => Text(p["containerPort"]));
        Assert.Equal(env["Hiring__Silo__SiloPort"], ports["silo"]);
        Assert.Equal(env["Hiring__Silo__GatewayPort"], ports["gateway"]);
        Assert.EndsWith(":" + ports["http"], env["ASPNETCORE_URLS"], StringComparison.Ordinal);

        var labels = (YamlMappingNode)Node(Documents("Deployment").Single(), "spec", "template", "metadata", "labels");
        Assert.Equal(env["ORLEANS_SERVICE_ID"], Text(labels["orleans/serviceId"]));
        Assert.Equal(env["ORLEANS_CLUSTER_ID"], Text(labels["orleans/clusterId"]));
        Assert.Equal("/readyz", Text(Node(container, "readinessProbe", "httpGet", "path")));
        Assert.Equal("/healthz", Text(Node(container, "livenessProbe", "httpGet", "path")));
    }

    [Fact]
    public void TheMigrationJobRunsTheProgramsOwnMigrateCommandOnTheSameSecret()
    {
        var migrate = Containers("Job").Single();

        Assert.Equal(["db", "migrate"], ((YamlSequenceNode)migrate["args"]).Select(Text));
        Assert.Contains(ClusterSettings.ConnectionStringKey.Replace(":", "__", StringComparison.Ordinal), Env(migrate).Keys);
    }

    [Fact]
    public void TheImageStartsTheProgramAndExposesItsDefaultPorts()
    {
        var dockerfile = File.ReadAllLines(Path.Combine(Deploy, "Dockerfile"));

        Assert.Contains(dockerfile, l => l == $"ENTRYPOINT [\"dotnet\", \"{typeof(HiringSettings).Assembly.GetName().Name}.dll\"]");
        Assert.Contains(dockerfile, l => l == $"EXPOSE 5080 {HiringSettings.DefaultSiloPort} {HiringSettings.DefaultGatewayPort}");
        // `hiring db backup` of a cluster runs PostgreSQL's own pg_dump.
        Assert.Contains(dockerfile, l => l.StartsWith("RUN apt-get", StringComparison.Ordinal) && l.Contains("postgresql-client", StringComparison.Ordinal));
    }

    [Fact]
    public void KubernetesHostingWithoutPostgresOrWithAWordThatIsNoBooleanStopsTheStartSayingWhy()
    {
        var alone = Assert.Throws<InvalidOperationException>(() => ClusterSettings.Read(Configuration(new() { [ClusterSettings.KubernetesKey] = "true" })));
        Assert.Contains("needs Hiring:Cluster:Provider=Postgres", alone.Message, StringComparison.Ordinal);

        var garbled = Assert.Throws<InvalidOperationException>(() => ClusterSettings.Read(Configuration(new()
        {
            [ClusterSettings.ProviderKey] = "Postgres",
            [ClusterSettings.ConnectionStringKey] = "Host=db",
            [ClusterSettings.KubernetesKey] = "yes please",
        })));
        Assert.Contains("use true or false", garbled.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) => new ConfigurationBuilder().AddInMemoryCollection(values).Build();

    /// <summary>Every "Hiring:…" setting name the program declares.</summary>
    private static HashSet<string> Settings() =>
        [.. new[] { typeof(HiringSettings), typeof(ClusterSettings) }
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Where(v => v.StartsWith("Hiring:", StringComparison.Ordinal))];

    private static IEnumerable<YamlMappingNode> Documents(string kind)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(Path.Combine(Deploy, "k8s", "hiring.yaml"));
        stream.Load(reader);
        return stream.Documents.Select(d => (YamlMappingNode)d.RootNode).Where(d => Text(d["kind"]) == kind);
    }

    private static IEnumerable<YamlMappingNode> Containers(string kind) =>
        Documents(kind).SelectMany(d => ((YamlSequenceNode)Node(d, "spec", "template", "spec", "containers")).Cast<YamlMappingNode>());

    /// <summary>The container's environment: a literal value, or null when it comes from a secret or the pod.</summary>
    private static Dictionary<string, string?> Env(YamlMappingNode container) =>
        ((YamlSequenceNode)container["env"]).Cast<YamlMappingNode>().ToDictionary(
            e => Text(e["name"]),
            e => e.Children.TryGetValue(new YamlScalarNode("value"), out var value) ? Text(value) : null);

    private static YamlNode Node(YamlNode node, params string[] path) => path.Aggregate(node, (n, key) => ((YamlMappingNode)n)[key]);

    private static string Text(YamlNode node) => ((YamlScalarNode)node).Value ?? "";

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Hiring.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Hiring.sln not found above the test's folder");
    }
}
