using System.Globalization;

namespace Workflow.Functions.Publishing;

/// <summary>
/// Calendar dates people read on the public site: the China date (UTC+8, see <see cref="ChinaTime"/>) of an
/// instant, whatever zone the host runs in.
/// </summary>
public static class ChinaDates
{
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ChinaTime.ToChina(instant).DateTime);

    public static string FormatDate(DateOnly date) => ChinaTime.FormatDate(date);

    public static string FormatDate(DateTimeOffset instant) => FormatDate(DateOf(instant));

    public static string FormatDateTime(DateTimeOffset instant) =>
        ChinaTime.ToChina(instant).ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture);
}
