using System.Reflection;
using Hiring.Contracts.Talent;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace Hiring.Contracts.Tests;

public sealed class SerializationPromiseTests
{
    private static readonly Type[] WireTypes = typeof(CandidateProfile).Assembly.GetTypes()
        .Where(t => t.GetCustomAttribute<GenerateSerializerAttribute>() is not null)
        .ToArray();

    [Fact]
    public void EveryWireTypeHasAStableHiringAlias()
    {
        Assert.NotEmpty(WireTypes);
        var missing = WireTypes.Where(t => t.GetCustomAttribute<AliasAttribute>()?.Alias.StartsWith("hiring.", StringComparison.Ordinal) != true);
        Assert.Empty(missing.Select(t => t.FullName));
    }

    [Fact]
    public void AliasesAreUnique()
    {
        var duplicates = WireTypes.GroupBy(t => t.GetCustomAttribute<AliasAttribute>()!.Alias).Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.Empty(duplicates);
    }

    [Fact]
    public void EveryWireRecordIsImmutable()
    {
        var records = WireTypes.Where(t => t.GetMethod("<Clone>$") is not null);
        Assert.Empty(records.Where(t => t.GetCustomAttribute<ImmutableAttribute>() is null).Select(t => t.FullName));
    }

    [Fact]
    public void AProfileSurvivesAnOrleansRoundTrip()
    {
        var serializer = new ServiceCollection().AddSerializer().BuildServiceProvider().GetRequiredService<Serializer>();
        var profile = new CandidateProfile(
            "p-1",
            "Ana Lima",
            "Senior backend engineer",
            new Location("Berlin", "Berlin", "DE"),
            [new Experience("Acme", "Senior Engineer", new DateOnly(2020, 1, 1), null, "Go services on Kubernetes")],
            [new Education("TU Berlin", "MSc", "Computer Science", 2012, 2014)],
            ["Go", "Kubernetes"],
            OpenToWork: true,
            LastActive: new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero),
            Source: ProfileSource.Public(),
            UpdatedAt: new DateTimeOffset(2026, 11, 2, 0, 0, 0, TimeSpan.Zero),
            Email: "ana@example.com");

        var copy = serializer.Deserialize<CandidateProfile>(serializer.SerializeToArray(profile))!;

        Assert.Equal(profile.Id, copy.Id);
        Assert.Equal(profile.Location, copy.Location);
        Assert.Equal(profile.Experiences, copy.Experiences);
        Assert.Equal(profile.Education, copy.Education);
        Assert.Equal(profile.Skills, copy.Skills);
        Assert.Equal(profile.Source, copy.Source);
        Assert.Equal(profile.Email, copy.Email);
    }

    [Fact]
    public void ALocationPrintsWithoutEmptyParts() =>
        Assert.Equal("Berlin, DE", new Location("Berlin", "", "DE").ToString());
}
