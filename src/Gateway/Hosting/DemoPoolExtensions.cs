using Hiring.Agents.Cluster;
using Hiring.Agents.Hosting;

namespace Hiring.Gateway.Hosting;

/// <summary>Wires the first-run demo pool.</summary>
public static class DemoPoolExtensions
{
    /// <summary>
    /// Registers the talent store (the data folder's, or PostgreSQL in cluster mode) and <see cref="DemoPoolSeeder"/>, which seeds
    /// a synthetic public pool in the background when the pool is empty
    /// (<see cref="HiringSettings.DemoProfiles"/>; 0 turns it off).
    /// </summary>
    public static WebApplicationBuilder AddDemoPool(this WebApplicationBuilder builder)
    {
        builder.Services.AddHiringTalentStore(HiringSettings.ResolveDataDir(builder.Configuration), ClusterSettings.Read(builder.Configuration));
        builder.Services.AddSingleton<DemoPoolSeeder>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DemoPoolSeeder>());
        return builder;
    }
}
