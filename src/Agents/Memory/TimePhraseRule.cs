namespace Hiring.Agents.Memory;

/// <summary>One phrase of prompts/builtin/time-phrases.yaml: the pattern, and the kind of period it names.</summary>
public sealed class TimePhraseRule
{
    /// <summary>today, yesterday, days_ago, recent, this_week, last_week, this_month, last_month, weekday, last_week_weekday or month.</summary>
    public string Kind { get; set; } = "";

    /// <summary>For days_ago without a &lt;count&gt;: how many days back.</summary>
    public int Days { get; set; }

    public string Pattern { get; set; } = "";
}
