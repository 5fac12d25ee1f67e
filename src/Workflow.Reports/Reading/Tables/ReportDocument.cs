namespace Workflow.Reports.Reading.Tables;

/// <summary>
/// A report document reduced to what the interpreter needs: paragraphs and data tables in reading order,
/// plus the title the container declares (HTML &lt;title&gt;, Word core properties) as a fallback.
/// </summary>
public sealed record ReportDocument(string? DeclaredTitle, IReadOnlyList<ReportBlock> Blocks);
