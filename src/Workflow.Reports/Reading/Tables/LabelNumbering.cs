namespace Workflow.Reports.Reading.Tables;

/// <summary>The numbering of a row label, which reports write, drop or change: "(一)予以公开", "1.规章", "1)其他" lose it.</summary>
internal static class LabelNumbering
{
    private const string Numerals = "一二三四五六七八九十";

    /// <summary>The label key without its leading numbering; the key itself when it has none.</summary>
    public static string Strip(string key)
    {
        if (key.StartsWith('(') && key.IndexOf(')') is var close and > 1 and <= 4)
        {
            return key[(close + 1)..].TrimStart('.');
        }
        var at = 0;
        while (at < key.Length && at < 3 && (char.IsAsciiDigit(key[at]) || Numerals.Contains(key[at])))
        {
            at++;
        }
        return at > 0 && at < key.Length && key[at] is '.' or ')' ? key[(at + 1)..] : key;
    }
}
