namespace Hiring.Agents.Learning;

/// <summary>
/// Fisher's exact test, one-sided, on a 2×2 table: the chance that, with the accepted and passed-on
/// candidates as they are and the signal's holders as many as they are, at least
/// <c>acceptedWith</c> of the holders would be among the accepted by luck alone (hypergeometric tail).
/// Over several tables (strata) it is the exact conditional test of the sum of the holders accepted
/// in each: the signal is weighed within each stratum, so a signal that only goes with another one
/// (the stratum) does not count as its own.
/// </summary>
public static class FisherTest
{
    public static double Greater(int acceptedWith, int acceptedWithout, int passedWith, int passedWithout) =>
        Greater([new FisherTable(acceptedWith, acceptedWithout, passedWith, passedWithout)]);

    /// <summary>The chance of at least as many holders among the accepted, summed over the strata, by luck alone.</summary>
    public static double Greater(IReadOnlyList<FisherTable> strata)
    {
        var (distribution, fewest) = Distribution(strata);
        var observed = strata.Sum(t => t.AcceptedWith) - fewest;
        return Math.Min(1.0, distribution.Skip(observed).Sum());
    }

    /// <summary>The chance of each sum of holders among the accepted, from the fewest possible up: the strata's hypergeometric laws convolved.</summary>
    private static (double[] Probabilities, int Fewest) Distribution(IReadOnlyList<FisherTable> strata)
    {
        double[] sum = [1.0];
        var fewest = 0;
        foreach (var table in strata)
        {
            var law = Enumerable.Range(table.Fewest, table.Most - table.Fewest + 1)
                .Select(k => Math.Exp(LogChoose(table.Holders, k) + LogChoose(table.Total - table.Holders, table.Accepted - k) - LogChoose(table.Total, table.Accepted)))
                .ToArray();
            var next = new double[sum.Length + law.Length - 1];
            for (var i = 0; i < sum.Length; i++)
            {
                for (var j = 0; j < law.Length; j++)
                {
                    next[i + j] += sum[i] * law[j];
                }
            }

            (sum, fewest) = (next, fewest + table.Fewest);
        }

        return (sum, fewest);
    }

    /// <summary>ln(n choose k), 0 outside the table.</summary>
    private static double LogChoose(int n, int k) =>
        k < 0 || k > n ? double.NegativeInfinity : LogFactorial(n) - LogFactorial(k) - LogFactorial(n - k);

    /// <summary>ln(n!), from a table for the sizes a project's decisions reach (the model runs after every decision).</summary>
    private static double LogFactorial(int n) => n < LogFactorials.Length ? LogFactorials[n] : LogFactorialSum(n);

    private static readonly double[] LogFactorials = [.. Enumerable.Range(0, 1024).Select(LogFactorialSum)];

    private static double LogFactorialSum(int n)
    {
        var sum = 0.0;
        for (var i = 2; i <= n; i++)
        {
            sum += Math.Log(i);
        }

        return sum;
    }
}
