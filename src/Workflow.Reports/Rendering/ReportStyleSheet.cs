namespace Workflow.Reports.Rendering;

/// <summary>
/// The CSS of the report article. Public so that pages embedding <see cref="HtmlReportRenderer.RenderArticle"/>
/// (review page, published page) can include it in their own style block.
/// </summary>
public static class ReportStyleSheet
{
    public const string Css = """
        body { margin: 0; background: #f4f4f1; color: #1d1d1b; font-family: "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", serif; line-height: 1.8; }
        .report { max-width: 60rem; margin: 0 auto; padding: 2rem 2.5rem; background: #fff; }
        .report h1 { font-size: 1.6rem; text-align: center; margin: 0 0 1.5rem; }
        .report h2 { font-size: 1.2rem; margin: 2rem 0 0.75rem; }
        .report p { text-indent: 2em; margin: 0 0 0.5rem; }
        .report .signature { text-align: right; margin-top: 2.5rem; }
        .report .signature p { text-indent: 0; margin: 0; }
        .report-table { border-collapse: collapse; width: 100%; margin: 0.75rem 0 1.25rem; font-family: "Noto Sans CJK SC", "Source Han Sans SC", "SimHei", sans-serif; font-size: 0.85rem; line-height: 1.4; }
        .report-table th, .report-table td { border: 1px solid #444; padding: 0.3rem 0.4rem; vertical-align: middle; }
        .report-table th { background: #f0efe9; font-weight: normal; text-align: center; }
        .report-table th.label { text-align: left; }
        .report-table th.caption { font-weight: bold; }
        .report-table td { text-align: center; font-variant-numeric: tabular-nums; }
        .report-table.requests td { width: 6.5%; }
        .report-table.appeals th, .report-table.appeals td { width: 6.66%; }
        .table-scroll { overflow-x: auto; }
        @media print {
          body { background: #fff; }
          .report { max-width: none; padding: 0; }
          .report h2 { break-after: avoid; }
          .report-table { font-size: 9pt; break-inside: avoid; }
          .report-table th { background: none; }
          .table-scroll { overflow: visible; }
          @page { size: A4; margin: 2cm 1.8cm; }
        }
        """;
}
