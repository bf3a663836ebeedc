namespace Hiring.Agents.Tests.TestGrains;

/// <summary>A grain whose database fails: it throws the driver's exception, as a cut PostgreSQL connection does.</summary>
public interface IStorageFaultProbeGrain : IGrainWithStringKey
{
    /// <summary>Throws a PostgreSQL driver exception with <paramref name="message"/>.</summary>
    Task FailWithPostgres(string message);
}
