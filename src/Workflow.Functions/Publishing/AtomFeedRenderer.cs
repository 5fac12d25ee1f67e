using System.Globalization;
using System.Text;
using System.Xml;
using Workflow.Reports.Model;

namespace Workflow.Functions.Publishing;

/// <summary>
/// <c>feed.xml</c>: an Atom feed of the latest publications and corrections of every year, newest first.
/// Its <c>updated</c> is the newest entry's, never the time of writing, so rebuilding it changes nothing.
/// Text from entries is written through <see cref="SafeText.Clean"/>: an entry stored with a character XML
/// cannot hold (U+0001, a lone surrogate) would otherwise make <see cref="XmlWriter"/> throw for every agency.
/// </summary>
public static class AtomFeedRenderer
{
    public const int MaxEntries = 100;
    private const string Atom = "http://www.w3.org/2005/Atom";

    public static string Render(IEnumerable<PublicationEntry> entries, string publicBaseUrl)
    {
        var newest = entries
            .OrderByDescending(e => e.UpdatedAt)
            .ThenByDescending(e => e.Year)
            .ThenBy(e => e.AgencyId, StringComparer.Ordinal)
            .Take(MaxEntries)
            .ToList();
        var feedUrl = SafeText.Clean(PublicSitePaths.Url(publicBaseUrl, PublicSitePaths.Feed));

        using var buffer = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Atom);
            xml.WriteAttributeString("xml", "lang", null, "zh-CN");
            xml.WriteElementString("id", Atom, feedUrl);
            xml.WriteElementString("title", Atom, "政府信息公开工作年度报告 · 最新发布");
            xml.WriteElementString("updated", Atom, Timestamp(newest.Count > 0 ? newest[0].UpdatedAt : DateTimeOffset.UnixEpoch));
            Link(xml, "self", "application/atom+xml", feedUrl);
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, "政府信息公开工作年度报告发布");
            xml.WriteEndElement();
            foreach (var e in newest)
            {
                var page = SafeText.Clean(PublicSitePaths.Url(publicBaseUrl, PublicSitePaths.ReportPage(e.Year, e.AgencyId)));
                xml.WriteStartElement("entry", Atom);
                xml.WriteElementString("id", Atom, page);
                xml.WriteElementString("title", Atom, (e.CorrectedAt.Count > 0 ? "【更正】" : "") + SafeText.Clean(e.Title));
                xml.WriteElementString("published", Atom, Timestamp(e.PublishedAt));
                xml.WriteElementString("updated", Atom, Timestamp(e.UpdatedAt));
                xml.WriteStartElement("author", Atom);
                xml.WriteElementString("name", Atom, SafeText.Clean(e.AgencyName));
                xml.WriteEndElement();
                Link(xml, "alternate", "text/html", page);
                Link(xml, "alternate", "application/json", PublicSitePaths.Url(publicBaseUrl, PublicSitePaths.ReportJson(e.Year, e.AgencyId)));
                xml.WriteElementString("summary", Atom, SafeText.Clean(Summary(e)));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static string Summary(PublicationEntry e)
    {
        var text = $"{e.AgencyName}{e.Year}年政府信息公开工作年度报告，{ChinaDates.FormatDate(e.ApprovedAt)}批准（第{e.Revision}稿），"
            + $"{ChinaDates.FormatDate(e.PublishedAt)}发布，法定期限{ChinaDates.FormatDate(e.Deadline)}，{PublicPageText.Timeliness(e.OnTime)}。";
        return e.CorrectedAt.Count == 0
            ? text
            : text + "更正：" + string.Join("、", e.CorrectedAt.Select(ChinaDates.FormatDate)) + "。";
    }

    private static void Link(XmlWriter xml, string rel, string type, string href)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", SafeText.Clean(href));
        xml.WriteEndElement();
    }

    private static string Timestamp(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
