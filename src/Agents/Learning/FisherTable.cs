namespace Hiring.Agents.Learning;

/// <summary>One 2×2 table of a signal: accepted or passed on, with or without it.</summary>
public readonly record struct FisherTable(int AcceptedWith, int AcceptedWithout, int PassedWith, int PassedWithout)
{
    public int Accepted => AcceptedWith + AcceptedWithout;

    public int Holders => AcceptedWith + PassedWith;

    public int Total => Accepted + PassedWith + PassedWithout;

    /// <summary>The fewest holders that can be among the accepted, the margins as they are.</summary>
    public int Fewest => Math.Max(0, Accepted - (Total - Holders));

    /// <summary>The most holders that can be among the accepted, the margins as they are.</summary>
    public int Most => Math.Min(Accepted, Holders);
}
