using System.Globalization;

namespace Workflow.Functions;

/// <summary>Times shown to people are Beijing time with the offset said (China has no daylight saving time).</summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTimeOffset ToChina(DateTimeOffset instant) => instant.ToOffset(Offset);

    public static string Format(DateTimeOffset instant) =>
        ToChina(instant).ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture) + "（北京时间，UTC+8）";

    public static string FormatDate(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
}
