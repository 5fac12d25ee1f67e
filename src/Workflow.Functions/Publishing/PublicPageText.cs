using System.Net;
using Workflow.Reports.Model;

namespace Workflow.Functions.Publishing;

/// <summary>Shared bits of the public pages: encoding, the Chinese words for kinds and timeliness, the header CSS.</summary>
internal static class PublicPageText
{
    /// <summary>Escaped, and without the characters no page may carry (<see cref="SafeText"/>), whatever an entry holds.</summary>
    public static string Encode(string text) => WebUtility.HtmlEncode(SafeText.Clean(text));

    public static string KindName(AgencyKind kind) => kind == AgencyKind.Government ? "人民政府" : "部门";

    public static string Timeliness(bool onTime) => onTime ? "按时" : "逾期";

    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static string IsoDate(DateTimeOffset instant) => IsoDate(ChinaDates.DateOf(instant));

    public const string Css = """
        .publication { max-width: 60rem; margin: 0 auto; padding: 1rem 2.5rem; background: #fbfaf6; border-bottom: 1px solid #d8d5c8; font-family: "Noto Sans CJK SC", "Source Han Sans SC", sans-serif; font-size: 0.9rem; line-height: 1.6; }
        .publication nav { margin-bottom: 0.5rem; }
        .publication dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; margin: 0; }
        .publication dt { color: #555; }
        .publication dd { margin: 0; }
        .publication .correction { margin: 0.75rem 0 0; padding: 0.5rem 0.75rem; border-left: 4px solid #b3261e; background: #fdf0ef; }
        .site-index { max-width: 72rem; margin: 0 auto; padding: 1.5rem 2rem; background: #fff; font-family: "Noto Sans CJK SC", "Source Han Sans SC", sans-serif; }
        .site-index table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
        .site-index th, .site-index td { border: 1px solid #bbb; padding: 0.3rem 0.5rem; text-align: left; }
        .site-index th { background: #f0efe9; }
        .late { color: #b3261e; }
        """;
}
