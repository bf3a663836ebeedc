using Hiring.Talent.Synthetic;

namespace Hiring.Gateway.Hosting;

/// <summary>Logs demo seeding progress at every tenth of the pool.</summary>
public sealed class DemoSeedProgress(ILogger logger) : IProgress<SeedProgress>
{
    private int _lastTenth = -1;

    public void Report(SeedProgress value)
    {
        var tenth = value.Total == 0 ? 10 : (int)(value.Done * 10L / value.Total);
        if (tenth != _lastTenth)
        {
            _lastTenth = tenth;
            logger.LogInformation("Demo pool: {Done} of {Total} profiles stored.", value.Done, value.Total);
        }
    }
}
