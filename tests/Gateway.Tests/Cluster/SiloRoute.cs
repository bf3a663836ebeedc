namespace Hiring.Gateway.Tests.Cluster;

/// <summary>
/// How a test node reaches PostgreSQL and how the others reach it: its connection string, and, with a proxy in
/// between, the silo port it is reached at (advertised) apart from the one it listens on. Unset ports are free ones.
/// </summary>
public sealed record SiloRoute(string ConnectionString, int? SiloPort = null, int? ListenPort = null);
