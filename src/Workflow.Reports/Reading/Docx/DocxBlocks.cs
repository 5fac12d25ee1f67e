using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Workflow.Reports.Reading.Tables;
using WordTable = DocumentFormat.OpenXml.Wordprocessing.Table;
using WordCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using WordRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace Workflow.Reports.Reading.Docx;

/// <summary>
/// The body of a Word document as paragraphs and data tables, the way the accepted document reads: inserted
/// text (w:ins) counts, deleted and moved-away text (w:del, w:moveFrom) does not, text boxes are skipped (they
/// hold notes and stamps, not report text). Merged cells (gridSpan, vMerge) become spans of <see cref="TableGrid"/>.
/// A table whose cells hold tables is layout: its cells are read as running text.
/// </summary>
internal sealed class DocxBlocks
{
    private readonly List<ReportBlock> blocks = [];
    private readonly DocumentBudget budget = new();

    public static IReadOnlyList<ReportBlock> Of(Body body)
    {
        var walker = new DocxBlocks();
        walker.Container(body, depth: 0, tableDepth: 0);
        return walker.blocks;
    }

    private void Container(OpenXmlElement container, int depth, int tableDepth)
    {
        if (depth > DocumentBudget.MaxElementDepth)
        {
            return;
        }
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case Paragraph paragraph:
                    foreach (var line in Text(paragraph).Split('\n'))
                    {
                        var trimmed = line.Trim();
                        if (trimmed.Length > 0)
                        {
                            blocks.Add(new ParagraphBlock(trimmed));
                        }
                    }
                    break;
                case WordTable table when tableDepth < DocumentBudget.MaxTableDepth:
                    Table(table, depth + 1, tableDepth + 1);
                    break;
                case SdtBlock or SdtContentBlock or CustomXmlBlock:
                    Container(child, depth + 1, tableDepth);
                    break;
            }
        }
    }

    private void Table(WordTable table, int depth, int tableDepth)
    {
        var rows = Rows(table).ToList();
        var layout = false;
        foreach (var row in rows)
        {
            foreach (var cell in Cells(row))
            {
                budget.CountCell();
                layout |= cell.ChildElements.Any(e => e is WordTable);
            }
        }
        if (layout)
        {
            foreach (var row in rows)
            {
                foreach (var cell in Cells(row))
                {
                    Container(cell, depth + 1, tableDepth);
                }
            }
            return;
        }
        if (rows.Count > 0)
        {
            blocks.Add(new TableBlock(Tables.TableGrid.FromRows(Spans(rows))));
        }
    }

    /// <summary>
    /// Word writes a vertical merge as a "restart" cell followed by "continue" cells in the same grid column of
    /// the rows below; HTML-style rowspans come from counting those continuations.
    /// </summary>
    private static List<IReadOnlyList<Tables.TableCell>> Spans(List<WordRow> rows)
    {
        var placed = rows.Select(Placed).ToList();
        var result = new List<IReadOnlyList<Tables.TableCell>>(rows.Count);
        for (var r = 0; r < placed.Count; r++)
        {
            var cells = new List<Tables.TableCell>();
            foreach (var cell in placed[r])
            {
                if (Absorbed(placed, r, cell))
                {
                    continue;
                }
                var rowSpan = 1;
                while (r + rowSpan < placed.Count && placed[r + rowSpan].FirstOrDefault(c => c.Column == cell.Column) is { } below && Absorbed(placed, r + rowSpan, below))
                {
                    rowSpan++;
                }
                cells.Add(new Tables.TableCell(cell.Text, cell.Span, rowSpan));
            }
            result.Add(cells);
        }
        return result;
    }

    private static bool Absorbed(List<List<PlacedCell>> placed, int row, PlacedCell cell) =>
        cell.Merge == Merge.Continue && row > 0 && placed[row - 1].Any(c => c.Column == cell.Column && c.Merge != Merge.None);

    private static List<PlacedCell> Placed(WordRow row)
    {
        var cells = new List<PlacedCell>();
        var column = 0;
        // An attribute that is not a number ("３", "99999999999") counts as absent: the SDK throws when asked for its value.
        var before = row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val is { HasValue: true } gridBefore ? gridBefore.Value : 0;
        if (before > 0)
        {
            cells.Add(new PlacedCell(column, before, "", Merge.None));
            column += before;
        }
        foreach (var cell in Cells(row))
        {
            var properties = cell.TableCellProperties;
            var span = Math.Max(1, properties?.GridSpan?.Val is { HasValue: true } gridSpan ? gridSpan.Value : 1);
            var merge = properties?.VerticalMerge switch
            {
                null => Merge.None,
                { Val: null } => Merge.Continue,
                { Val: { HasValue: true } val } when val.Value == MergedCellValues.Restart => Merge.Restart,
                _ => Merge.Continue,
            };
            cells.Add(new PlacedCell(column, span, CellText(cell), merge));
            column += span;
        }
        return cells;
    }

    /// <summary>The rows of the accepted table: a row whose deletion is tracked is gone.</summary>
    private static IEnumerable<WordRow> Rows(WordTable table) =>
        Flatten<WordRow>(table, e => e is SdtRow or SdtContentRow or CustomXmlRow)
            .Where(row => row.TableRowProperties?.GetFirstChild<Deleted>() is null);

    private static IEnumerable<WordCell> Cells(WordRow row) => Flatten<WordCell>(row, e => e is SdtCell or SdtContentCell or CustomXmlCell);

    /// <summary>Children of type T, looking through content controls and custom XML wrappers.</summary>
    private static IEnumerable<T> Flatten<T>(OpenXmlElement parent, Func<OpenXmlElement, bool> wrapper) where T : OpenXmlElement
    {
        foreach (var child in parent.ChildElements)
        {
            if (child is T wanted)
            {
                yield return wanted;
            }
            else if (wrapper(child))
            {
                foreach (var inner in Flatten<T>(child, wrapper))
                {
                    yield return inner;
                }
            }
        }
    }

    /// <summary>A cell's paragraphs joined as one line, as a reader sees a wrapped label ("商业" "企业" is 商业企业).</summary>
    private static string CellText(WordCell cell)
    {
        var text = new StringBuilder();
        foreach (var paragraph in cell.Descendants<Paragraph>())
        {
            if (!Ignored(paragraph))
            {
                text.Append(Text(paragraph).Replace('\n', ' ').Trim());
            }
        }
        return text.ToString().Trim();
    }

    /// <summary>True for a paragraph inside a text box or deleted content, which the accepted document does not show.</summary>
    private static bool Ignored(OpenXmlElement element)
    {
        for (var parent = element.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is TextBoxContent or DeletedRun or MoveFromRun)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The accepted text of a paragraph; w:br and w:cr start a new line, a tab is a space.</summary>
    private static string Text(OpenXmlElement paragraph)
    {
        var text = new StringBuilder();
        Append(paragraph, 0);
        return text.ToString();

        void Append(OpenXmlElement element, int depth)
        {
            if (depth > DocumentBudget.MaxElementDepth)
            {
                return;
            }
            foreach (var child in element.ChildElements)
            {
                switch (child)
                {
                    case Text t:
                        text.Append(t.Text);
                        break;
                    case TabChar or PositionalTab:
                        text.Append(' ');
                        break;
                    case Break or CarriageReturn:
                        text.Append('\n');
                        break;
                    case NoBreakHyphen:
                        text.Append('-');
                        break;
                    case DeletedRun or MoveFromRun or TextBoxContent or DeletedText or FieldCode or DeletedFieldCode:
                        break;
                    case DocumentFormat.OpenXml.AlternateContent alternate:
                        if (alternate.FirstChild is { } choice)
                        {
                            Append(choice, depth + 1);
                        }
                        break;
                    case Paragraph or WordTable:
                        break;
                    default:
                        Append(child, depth + 1);
                        break;
                }
            }
        }
    }

    private enum Merge
    {
        None,
        Restart,
        Continue,
    }

    private sealed record PlacedCell(int Column, int Span, string Text, Merge Merge);
}
