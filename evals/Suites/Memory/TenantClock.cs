using System.Collections.Concurrent;
using Hiring.Agents.Identity;

namespace Hiring.Evals.Suites.Memory;

/// <summary>
/// The silo's clock for memory cases that run over several days: a turn's <c>at</c> sets the time of its
/// company (a tenant of its own), and that time runs on from there; every other tenant keeps the real
/// time, so cases run side by side never move each other's days. The tenant is the call's, or for the
/// runtime's own calls (a timer tick carries none) the one in the key of the grain running. Only the
/// wall clock moves, and only forward: timers and timeouts run on real elapsed time.
/// </summary>
public sealed class TenantClock : TimeProvider
{
    /// <summary>The Gregorian calendar repeats every 28 years (weekdays, months and leap days alike, 1901–2099).</summary>
    private const int CalendarCycleYears = 28;

    private readonly ConcurrentDictionary<string, TimeSpan> _offsets = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _years = new(StringComparer.Ordinal);
    private IGrainContextAccessor? _grains;

    /// <summary>Reads the grain running from the silo once it has started, for the runtime's own calls.</summary>
    public void Attach(IGrainContextAccessor grains) => _grains = grains;

    /// <summary>
    /// From now on, the tenant's clock reads <paramref name="at"/>, moved on by whole 28-year cycles until it is
    /// ahead of the real time at the tenant's first setting (so Orleans, which reads the same clock in a grain's turn, never schedules into
    /// the past), and runs on from there. Day for day the calendar is the same: Monday is a Monday, October October.
    /// </summary>
    public void Set(string tenant, DateTimeOffset at)
    {
        var now = System.GetUtcNow();
        // The first time set decides the cycles for the tenant, so a case's later days move with it.
        var years = _years.GetOrAdd(tenant, _ =>
        {
            var moved = 0;
            while (at.AddYears(moved) <= now)
            {
                moved += CalendarCycleYears;
            }

            return moved;
        });
        _offsets[tenant] = at.AddYears(years) - now;
    }

    public override DateTimeOffset GetUtcNow()
    {
        var now = System.GetUtcNow();
        return Tenant() is { } tenant && _offsets.TryGetValue(tenant, out var offset) ? now + offset : now;
    }

    private string? Tenant()
    {
        if (TenantContext.Current is { } tenant)
        {
            return tenant;
        }

        var key = _grains?.GrainContext?.GrainId.Key.ToString();
        var slash = key?.IndexOf('/', StringComparison.Ordinal) ?? -1;
        return slash > 0 ? key![..slash] : null;
    }
}
