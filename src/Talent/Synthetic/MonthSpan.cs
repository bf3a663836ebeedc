namespace Hiring.Talent.Synthetic;

/// <summary>Month arithmetic on first-of-month dates.</summary>
public static class MonthSpan
{
    /// <summary>The first day of the month of <paramref name="date"/>.</summary>
    public static DateOnly MonthOf(DateOnly date) => new(date.Year, date.Month, 1);

    /// <summary>Months from <paramref name="start"/> through <paramref name="end"/>, both counted: Jan–Dec is 12.</summary>
    public static int Inclusive(DateOnly start, DateOnly end) => (end.Year * 12) + end.Month - ((start.Year * 12) + start.Month) + 1;
}
