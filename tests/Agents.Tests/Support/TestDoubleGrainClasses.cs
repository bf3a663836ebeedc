using Hiring.Contracts.Projects;
using Orleans.Configuration;

namespace Hiring.Agents.Tests.Support;

/// <summary>
/// Plain-class tests use in-memory doubles of <see cref="IHiringProject"/>; Orleans would take them
/// for grain classes. Clusters that run the real project grain leave them out.
/// </summary>
public static class TestDoubleGrainClasses
{
    public static void Exclude(GrainTypeOptions options) =>
        options.Classes.RemoveWhere(type => type.Assembly == typeof(TestDoubleGrainClasses).Assembly && typeof(IHiringProject).IsAssignableFrom(type));
}
