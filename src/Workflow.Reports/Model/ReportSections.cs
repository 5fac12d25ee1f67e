namespace Workflow.Reports.Model;

/// <summary>
/// The six parts of the report. <see cref="Preamble"/> is the text before part 一 (it usually holds the
/// 统计期限 statement).
/// </summary>
public sealed record ReportSections(
    string Preamble,
    string Overview,
    ProactiveSection Proactive,
    RequestsSection Requests,
    AppealsSection Appeals,
    string Problems,
    string Other);
