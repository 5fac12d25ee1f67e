using System.Text;
using AngleSharp.Dom;
using Workflow.Reports.Reading.Tables;

namespace Workflow.Reports.Reading.Html;

/// <summary>
/// Walks a parsed page into paragraphs and data tables in reading order. Block elements and &lt;br&gt; end a
/// paragraph. A table whose cells hold other tables or long running text is a layout table: its cells are
/// walked as containers. Nesting is bounded (<see cref="DocumentBudget"/>), so hostile pages cost linear time.
/// </summary>
internal sealed class HtmlBlocks
{
    /// <summary>No cell of the official tables holds this much text; a cell that does is page layout.</summary>
    private const int MaxDataCellText = 200;

    private static readonly HashSet<string> Skipped =
        ["script", "style", "noscript", "template", "head", "iframe", "object", "embed", "svg", "math", "select", "textarea", "button", "input"];

    private static readonly HashSet<string> BlockElements =
    [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "section", "article", "header", "footer", "main",
        "aside", "nav", "blockquote", "pre", "address", "dl", "dt", "dd", "center", "form", "fieldset", "figure",
        "figcaption", "hr", "br", "caption", "tr", "td", "th", "tbody", "thead", "tfoot", "body", "html",
    ];

    private readonly List<ReportBlock> blocks = [];
    private readonly StringBuilder line = new();
    private readonly DocumentBudget budget = new();

    public static IReadOnlyList<ReportBlock> Of(INode root)
    {
        var walker = new HtmlBlocks();
        walker.Walk(root, depth: 0, tableDepth: 0);
        walker.EndParagraph();
        return walker.blocks;
    }

    private void Walk(INode node, int depth, int tableDepth)
    {
        if (depth > DocumentBudget.MaxElementDepth)
        {
            return;
        }
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    line.Append(text.Data);
                    break;
                case IElement element:
                    Visit(element, depth + 1, tableDepth);
                    break;
            }
        }
    }

    private void Visit(IElement element, int depth, int tableDepth)
    {
        var name = element.LocalName;
        if (Skipped.Contains(name))
        {
            return;
        }
        if (name == "table")
        {
            EndParagraph();
            if (tableDepth < DocumentBudget.MaxTableDepth)
            {
                VisitTable(element, depth, tableDepth + 1);
            }
            return;
        }
        var block = BlockElements.Contains(name);
        if (block)
        {
            EndParagraph();
        }
        Walk(element, depth, tableDepth);
        if (block)
        {
            EndParagraph();
        }
    }

    private void VisitTable(IElement table, int depth, int tableDepth)
    {
        var rows = RowsOf(table).ToList();
        if (IsLayout(rows))
        {
            foreach (var row in rows)
            {
                foreach (var cell in CellsOf(row))
                {
                    Walk(cell, depth + 2, tableDepth);
                    EndParagraph();
                }
            }
            return;
        }

        var source = new List<IReadOnlyList<TableCell>>(rows.Count);
        foreach (var row in rows)
        {
            var cells = new List<TableCell>();
            foreach (var cell in CellsOf(row))
            {
                cells.Add(new TableCell(CellText(cell), Span(cell, "colspan"), Span(cell, "rowspan")));
            }
            source.Add(cells);
        }
        if (source.Count > 0)
        {
            blocks.Add(new TableBlock(TableGrid.FromRows(source)));
        }
    }

    private bool IsLayout(IReadOnlyList<IElement> rows)
    {
        foreach (var row in rows)
        {
            foreach (var cell in CellsOf(row))
            {
                budget.CountCell();
                if (HoldsTable(cell, 0) || CellText(cell).Length > MaxDataCellText)
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static bool HoldsTable(IElement element, int depth)
    {
        if (depth > DocumentBudget.MaxElementDepth)
        {
            return false;
        }
        foreach (var child in element.Children)
        {
            if (child.LocalName == "table" || HoldsTable(child, depth + 1))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The rows of this table, not of tables nested in it: tr children of the table and of its row groups.</summary>
    private static IEnumerable<IElement> RowsOf(IElement table)
    {
        foreach (var child in table.Children)
        {
            if (child.LocalName == "tr")
            {
                yield return child;
            }
            else if (child.LocalName is "thead" or "tbody" or "tfoot")
            {
                foreach (var row in child.Children)
                {
                    if (row.LocalName == "tr")
                    {
                        yield return row;
                    }
                }
            }
        }
    }

    private static IEnumerable<IElement> CellsOf(IElement row) => row.Children.Where(c => c.LocalName is "td" or "th");

    private static int Span(IElement cell, string attribute) =>
        int.TryParse(cell.GetAttribute(attribute)?.Trim(), out var span) && span > 1 ? span : 1;

    /// <summary>
    /// The text of a data cell as one line: pieces split over &lt;p&gt;, &lt;span&gt; or &lt;br&gt; are joined
    /// without a separator, as Chinese is written ("商业&lt;br&gt;企业" is 商业企业, "1887.2&lt;span&gt;万元&lt;/span&gt;" one value).
    /// </summary>
    private static string CellText(IElement cell)
    {
        var text = new StringBuilder();
        Append(cell, 0);
        return Normalise(text.ToString());

        void Append(INode node, int depth)
        {
            if (depth > DocumentBudget.MaxElementDepth)
            {
                return;
            }
            foreach (var child in node.ChildNodes)
            {
                if (child is IText piece)
                {
                    text.Append(piece.Data);
                }
                else if (child is IElement element && !Skipped.Contains(element.LocalName))
                {
                    if (BlockElements.Contains(element.LocalName))
                    {
                        TrimEnd(text);
                        Append(element, depth + 1);
                        TrimEnd(text);
                    }
                    else
                    {
                        Append(element, depth + 1);
                    }
                }
            }
        }
    }

    private static void TrimEnd(StringBuilder text)
    {
        while (text.Length > 0 && char.IsWhiteSpace(text[^1]))
        {
            text.Length--;
        }
    }

    private void EndParagraph()
    {
        var text = Normalise(line.ToString());
        line.Clear();
        if (text.Length > 0)
        {
            blocks.Add(new ParagraphBlock(text));
        }
    }

    /// <summary>
    /// Source line breaks and tabs collapse to one space as a browser shows them; runs of plain spaces stay, since
    /// reports use them on purpose ("自 然 人"); &amp;nbsp; is a space.
    /// </summary>
    private static string Normalise(string text)
    {
        var result = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '\n' or '\r' or '\t' or '\f')
            {
                while (result.Length > 0 && result[^1] == ' ')
                {
                    result.Length--;
                }
                while (i < text.Length && char.IsWhiteSpace(text[i]) && text[i] != '\u3000')
                {
                    i++;
                }
                result.Append(' ');
                continue;
            }
            result.Append(c == '\u00A0' ? ' ' : c);
            i++;
        }
        return result.ToString().Trim();
    }
}
