using System.Globalization;

namespace Workflow.Reports.Model;

/// <summary>
/// The one rule for the year a report is on: from <see cref="First"/>, the first year under the 政府信息公开条例, to
/// <see cref="Last"/> (the schema's maximum), or to the current year where the caller knows it: a report is written
/// once its year has begun, so a later year is a typo. Reading, report.json, the checker and the API all ask here.
/// </summary>
public static class ReportYears
{
    public const int First = 2008;

    public const int Last = 2100;

    /// <param name="latest">The current year (China time) where a clock is at hand; <see cref="Last"/> otherwise.</param>
    public static bool IsValid(int year, int latest = Last) => year >= First && year <= Math.Min(latest, Last);

    /// <summary>Four ASCII digits naming a <see cref="IsValid">valid</see> year; null otherwise.</summary>
    public static int? Parse(string? text, int latest = Last) =>
        text is { Length: 4 } && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && IsValid(year, latest)
            ? year
            : null;
}
