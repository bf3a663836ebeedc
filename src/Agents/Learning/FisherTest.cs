namespace Hiring.Agents.Learning;

/// <summary>
/// Fisher's exact test, one-sided, on a 2×2 table: the chance that, with the accepted and passed-on
/// candidates as they are and the signal's holders as many as they are, at least
/// <c>acceptedWith</c> of the holders would be among the accepted by luck alone (hypergeometric tail).
/// </summary>
public static class FisherTest
{
    public static double Greater(int acceptedWith, int acceptedWithout, int passedWith, int passedWithout)
    {
        var accepted = acceptedWith + acceptedWithout;
        var holders = acceptedWith + passedWith;
        var total = accepted + passedWith + passedWithout;
        var most = Math.Min(accepted, holders);
        var tail = 0.0;
        for (var k = acceptedWith; k <= most; k++)
        {
            tail += Math.Exp(LogChoose(holders, k) + LogChoose(total - holders, accepted - k) - LogChoose(total, accepted));
        }

        return Math.Min(1.0, tail);
    }

    /// <summary>ln(n choose k), 0 outside the table.</summary>
    private static double LogChoose(int n, int k) =>
        k < 0 || k > n ? double.NegativeInfinity : LogFactorial(n) - LogFactorial(k) - LogFactorial(n - k);

    private static double LogFactorial(int n)
    {
        var sum = 0.0;
        for (var i = 2; i <= n; i++)
        {
            sum += Math.Log(i);
        }

        return sum;
    }
}
