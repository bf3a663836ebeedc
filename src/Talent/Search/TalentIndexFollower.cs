using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hiring.Talent.Search;

/// <summary>
/// Keeps this node's Lucene index in step with the profile table every node shares (cluster mode): at start it
/// applies what changed since the position each pool's index recorded (profiles indexed, erased people removed),
/// then it follows new changes as the feed announces them, or every <see cref="TalentFollowOptions.PollInterval"/>
/// when no announcement comes. An index that recorded no position (a new node, a rebuilt folder) reads its whole pool.
/// </summary>
public sealed class TalentIndexFollower(IProfileChangeFeed feed, LuceneTalentIndex index, TalentFollowOptions options, ILogger<TalentIndexFollower> logger) : BackgroundService
{
    /// <summary>Applies every change committed before the call to the index; returns how many changes it applied.</summary>
    public async Task<int> CatchUpAsync(CancellationToken cancellationToken = default)
    {
        var applied = 0;
        foreach (var (scope, head) in await feed.HeadsAsync(cancellationToken))
        {
            var position = index.FollowedTo(scope);
            while (position < head)
            {
                var page = await feed.ReadAsync(scope, position, options.PageSize, cancellationToken);
                // Every change up to the head is committed, so an empty page means the rest were replaced by later
                // changes already read: the index is at the head.
                var next = page.Count == 0 ? head : page[^1].Change;
                index.ApplyFollowed(scope, page, next, cancellationToken);
                applied += page.Count;
                position = next;
            }
        }

        return applied;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Off the host's start-up path: a new node reads whole pools.
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await CatchUpAsync(stoppingToken) is > 0 and var applied)
                {
                    logger.LogInformation("The talent index applied {Changes} shared profile changes", applied);
                }

                await feed.WaitAsync(options.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The database may be briefly gone (a failover): the next round starts from the recorded positions.
                logger.LogWarning(e, "The talent index could not follow the shared profiles; trying again in {Interval}", options.PollInterval);
                await Task.Delay(options.PollInterval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }
}
