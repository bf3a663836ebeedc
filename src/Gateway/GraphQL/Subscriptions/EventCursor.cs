using System.Globalization;

namespace Hiring.Gateway.GraphQL.Subscriptions;

/// <summary>A cursor is an event's sequence number written as a string.</summary>
public static class EventCursor
{
    public static string Format(long sequence) => sequence.ToString(CultureInfo.InvariantCulture);

    public static bool TryParse(string? cursor, out long sequence) =>
        long.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out sequence);
}
