namespace Hiring.Agents.Tests.TestGrains;

public interface ICounterGrain : IGrainWithStringKey
{
    Task<int> Get();

    Task Set(int value);
}
