namespace Hiring.Talent.Import.Text;

/// <summary>Reads the start and end of a role from two fields, naming the field that is wrong.</summary>
public static class RoleDates
{
    /// <summary>
    /// The role's months; an empty end, or "Present", means current. <paramref name="startField"/>
    /// and <paramref name="endField"/> name the fields in the error ("work[0].startDate", "start").
    /// </summary>
    public static (DateOnly Start, DateOnly? End, string? Error) Parse(string? start, string? end, string startField, string endField)
    {
        if (!ResumeDates.TryParse(start, out var started))
        {
            return (default, null, $"{startField} {Quote(start)} is not a date (use 2019-03, 2019-03-15, Mar 2019, 03/2019 or 2019)");
        }

        if (string.IsNullOrWhiteSpace(end) || ResumeDates.IsOngoing(end))
        {
            return (started, null, null);
        }

        return ResumeDates.TryParse(end, out var ended)
            ? (started, ended, null)
            : (default, null, $"{endField} {Quote(end)} is not a date (use 2022-11, Nov 2022, or leave it empty while current)");
    }

    private static string Quote(string? value) => value is null ? "(missing)" : $"'{value}'";
}
