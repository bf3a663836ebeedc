using Hiring.Agents.Sourcing;

namespace Hiring.Agents.Tests.Sourcing;

public sealed class CalibrationPickerTests
{
    /// <summary>Best first: mostly senior core people with nice-to-haves, as a plain ranking would return.</summary>
    private static List<CalibrationCandidate> Ranked()
    {
        var ranked = new List<CalibrationCandidate>();
        for (var i = 0; i < 30; i++)
        {
            ranked.Add(new($"senior-top-{i}", "senior", true, true));
        }

        foreach (var level in SeniorityLadder.Levels)
        {
            for (var i = 0; i < 3; i++)
            {
                ranked.Add(new($"{level}-adjacent-{i}", level, false, i % 2 == 0));
                ranked.Add(new($"{level}-core-plain-{i}", level, true, false));
            }
        }

        return ranked;
    }

    [Fact]
    public void TheBatchSpreadsAcrossLevelsTitlesAndNiceToHavesAroundTheTarget()
    {
        var batch = CalibrationPicker.Pick(Ranked(), "senior", 15);

        Assert.Equal(15, batch.Count);
        Assert.Equal(["mid", "senior", "staff"], batch.Select(c => c.Level).Distinct().Order(StringComparer.Ordinal));
        Assert.Contains(batch, c => c.CoreTitle);
        Assert.Contains(batch, c => !c.CoreTitle);
        Assert.Contains(batch, c => c.HasNiceToHaves);
        Assert.Contains(batch, c => !c.HasNiceToHaves);
        Assert.True(batch.Count(c => c.Id.StartsWith("senior-top-", StringComparison.Ordinal)) <= 3);
    }

    [Fact]
    public void LevelsFarFromTheTargetFillTheBatchOnlyWhenNearOnesRunOut()
    {
        var few = Ranked().Where(c => c.Level != "senior" || c.Id.EndsWith("-0", StringComparison.Ordinal)).ToList();

        var batch = CalibrationPicker.Pick(few, "senior", 20);

        var near = few.Count(c => SeniorityLadder.Distance(c.Level, "senior") <= 1);
        Assert.Equal(20, batch.Count);
        Assert.All(batch.Take(near), c => Assert.True(SeniorityLadder.Distance(c.Level, "senior") <= 1));
        Assert.Contains(batch, c => c.Level is "junior" or "principal");
    }

    [Theory]
    [InlineData(3, 10)]
    [InlineData(40, 20)]
    public void TheBatchHoldsTenToTwenty(int asked, int expected)
    {
        Assert.Equal(expected, CalibrationPicker.Pick(Ranked(), "senior", asked).Count);
    }

    [Fact]
    public void EachCalibrationCandidateSaysWhereItSitsInTheRange()
    {
        Assert.Equal("calibration: staff, adjacent title, without nice-to-haves", new CalibrationCandidate("x", "staff", false, false).Why);
    }

    [Theory]
    [InlineData("Senior Backend Engineer", "senior")]
    [InlineData("Jr. Software Developer", "junior")]
    [InlineData("Lead Platform Engineer", "staff")]
    [InlineData("Backend Engineer", "mid")]
    [InlineData("Head of Engineering", "director")]
    [InlineData("Engineering Manager", "manager")]
    [InlineData("Principal Engineer", "principal")]
    public void SeniorityIsReadFromTheTitle(string title, string level)
    {
        Assert.Equal(level, SeniorityLadder.Of(title));
    }
}
