using System.Globalization;
using System.Net;
using System.Text;
using Workflow.Reports.Reading;
using Workflow.Reports.Rendering;
using Workflow.Reports.Validation;

namespace Workflow.Functions.Review;

/// <summary>
/// The HTML of the review pages: Chinese, no scripts (a mail scanner that runs scripts must find nothing to
/// run), every piece of text encoded. The form posts back to the same address.
/// </summary>
public static class ReviewPage
{
    public static string Form(ReviewPageModel model)
    {
        var title = $"{model.Agency.Name}{model.Year}年政府信息公开工作年度报告 第{model.Revision}稿";
        var acknowledged = model.Acknowledged ?? [];
        var html = Start(title);
        html.Append("<header class=\"box\"><h1>").Append(E(title)).Append("</h1>\n")
            .Append("<p class=\"verdict\">").Append(E(VerdictLine(model.Findings, acknowledged))).Append("</p>\n<dl>")
            .Append(Item("审核阶段", $"第{model.Stage + 1}级（共{model.StageCount}级）"))
            .Append(Item("审核人", model.Reviewer))
            .Append(Item("提交时间", ChinaTime.Format(model.SubmittedAt)));
        if (model.Deadline is { } deadline)
        {
            html.Append("<dt>法定期限</dt><dd").Append(model.Late ? " class=\"late\"" : "").Append('>')
                .Append(E($"{ChinaTime.FormatDate(deadline)}{(model.Late ? "（已逾期）" : "（未逾期）")}")).Append("</dd>");
        }

        if (model.Progress is { } progress)
        {
            html.Append(Item("本级进度", progress.Line()));
        }

        html.Append("</dl>\n");
        if (acknowledged.Count > 0)
        {
            html.Append("<p class=\"acknowledged\">").Append(E(AcknowledgedLine(acknowledged))).Append("</p>\n");
        }

        html.Append("</header>\n");

        AppendEarlierDecisions(html, model.EarlierDecisions);
        AppendDecisionForm(html, model);
        AppendFindings(html, model.Findings, acknowledged);
        AppendInferred(html, model.Inferred ?? []);
        AppendLastYear(html, model.LastYear);
        AppendChanges(html, model.Revision, model.Changes);
        html.Append("<section class=\"preview\"><h2 class=\"preview-title\">报告预览</h2>\n").Append(model.ArticleHtml).Append("</section>\n");
        return End(html);
    }

    /// <summary>"错误 2 项（其中 1 项提交单位已确认），警告 3 项，提示 1 项" — the first thing a reviewer reads.</summary>
    public static string VerdictLine(IReadOnlyList<Finding> findings, IReadOnlyList<string> acknowledged)
    {
        var errors = findings.Where(f => f.Severity == Severity.Error).ToList();
        var acknowledgedErrors = errors.Count(f => acknowledged.Contains(f.RuleId, StringComparer.Ordinal));
        var warnings = findings.Count(f => f.Severity == Severity.Warning);
        var infos = findings.Count(f => f.Severity == Severity.Info);
        var line = $"检查结果：错误 {errors.Count} 项";
        if (acknowledgedErrors > 0)
        {
            line += $"（其中 {acknowledgedErrors} 项提交单位已确认）";
        }

        line += $"，警告 {warnings} 项";
        return infos > 0 ? $"{line}，提示 {infos} 项。" : $"{line}。";
    }

    /// <summary>A page that only informs (already decided, superseded, expired, recorded …).</summary>
    public static string Message(string title, params string[] paragraphs) => Decided(title, publicUrl: null, paragraphs);

    /// <summary>An informing page that links the published report's public page.</summary>
    public static string Decided(string title, string? publicUrl, params string[] paragraphs)
    {
        var html = Start(title);
        html.Append("<main class=\"box\"><h1>").Append(E(title)).Append("</h1>\n");
        foreach (var paragraph in paragraphs)
        {
            html.Append("<p>").Append(E(paragraph)).Append("</p>\n");
        }

        if (publicUrl is not null)
        {
            html.Append("<p>报告已发布：<a href=\"").Append(E(publicUrl)).Append("\">查看公开页面</a></p>\n");
        }

        html.Append("</main>\n");
        return End(html);
    }

    private static void AppendEarlierDecisions(StringBuilder html, IReadOnlyList<ApprovalDecision> decisions)
    {
        if (decisions.Count == 0)
        {
            return;
        }

        html.Append("<section class=\"box\"><h2>前级审核意见</h2>\n")
            .Append("<table class=\"list\"><thead><tr><th class=\"tight\">审核级</th><th>审核人</th><th class=\"tight\">决定</th><th>时间</th><th>意见</th></tr></thead><tbody>\n");
        foreach (var decision in decisions)
        {
            html.Append("<tr><td class=\"tight\">第").Append(decision.Stage).Append("级</td><td>").Append(E(decision.Reviewer))
                .Append("</td><td class=\"tight\">").Append(decision.Decision == "approve" ? "批准" : "退回修改")
                .Append("</td><td>").Append(E(ChinaTime.Format(decision.DecidedAt)))
                .Append("</td><td>").Append(E(decision.Comment.Length > 0 ? decision.Comment : "（无）")).Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n</section>\n");
    }

    /// <summary>The badge next to an error finding whose rule ID the bureau acknowledged.</summary>
    public const string AcknowledgedBadge = "提交单位已确认";

    /// <summary>The heading of the list of cells the reader inferred.</summary>
    public const string InferredHeading = "读取存疑的单元格（请核对原文）";

    /// <summary>"提交单位确认了以下 2 项错误并坚持提交：T3-BAL、T4-REV。请重点核对。"</summary>
    public static string AcknowledgedLine(IReadOnlyList<string> acknowledged) =>
        $"提交单位确认了以下 {acknowledged.Count} 项错误并坚持提交：{string.Join("、", acknowledged)}。请重点核对。";

    /// <summary>How the reader decided a cell, in Chinese.</summary>
    public static string BasisName(InferenceBasis basis) => basis switch
    {
        InferenceBasis.Identity => "按勾稽关系推断",
        InferenceBasis.TemplateOrder => "按模板顺序推断",
        _ => "无法确定（留空）",
    };

    private static void AppendInferred(StringBuilder html, IReadOnlyList<InferredCell> inferred)
    {
        if (inferred.Count == 0)
        {
            return;
        }

        html.Append("<section class=\"box inferred\"><h2>").Append(E(InferredHeading)).Append("（")
            .Append(inferred.Count.ToString(CultureInfo.InvariantCulture)).Append("处）</h2>\n")
            .Append("<p class=\"note\">以下单元格未能按原文位置读取，其值由系统推断或留空；检查发现中涉及这些表格的错误已降为警告。请对照报告原文核对。</p>\n")
            .Append("<table class=\"list\"><thead><tr><th>位置</th><th>读取值</th><th>依据</th><th>说明</th></tr></thead><tbody>\n");
        foreach (var cell in inferred)
        {
            html.Append("<tr><td>").Append(E(cell.Location)).Append("</td><td>")
                .Append(E(cell.Value?.ToString(CultureInfo.InvariantCulture) ?? "（空）")).Append("</td><td>")
                .Append(E(BasisName(cell.Basis))).Append("</td><td>").Append(E(cell.Reason)).Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n</section>\n");
    }

    private static void AppendFindings(StringBuilder html, IReadOnlyList<Finding> findings, IReadOnlyList<string> acknowledged)
    {
        if (findings.Count == 0)
        {
            return;
        }

        html.Append("<section class=\"box\"><h2>检查发现（").Append(findings.Count.ToString(CultureInfo.InvariantCulture)).Append("项）</h2>\n")
            .Append("<table class=\"list findings\"><thead><tr><th class=\"tight\">级别</th><th class=\"tight\">规则</th><th>位置</th><th>说明</th></tr></thead><tbody>\n");
        foreach (var finding in findings.OrderBy(f => f.Severity))
        {
            html.Append("<tr><td class=\"tight\">").Append(E(SeverityName(finding.Severity)));
            if (finding.Severity == Severity.Error && acknowledged.Contains(finding.RuleId, StringComparer.Ordinal))
            {
                html.Append(" <span class=\"badge\">").Append(E(AcknowledgedBadge)).Append("</span>");
            }

            html.Append("</td><td class=\"tight\">").Append(E(finding.RuleId))
                .Append("</td><td>").Append(E(finding.Location)).Append("</td><td>").Append(E(finding.Message)).Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n</section>\n");
    }

    private static void AppendLastYear(StringBuilder html, YearComparison? lastYear)
    {
        if (lastYear is null)
        {
            return;
        }

        html.Append("<section class=\"box\"><h2>").Append(E(KeyFigureTable.Caption(lastYear))).Append("</h2>\n")
            .Append(KeyFigureTable.Html(lastYear, inlineStyles: false))
            .Append("</section>\n");
    }

    private static void AppendChanges(StringBuilder html, int revision, IReadOnlyList<ReportChange>? changes)
    {
        if (changes is null)
        {
            return;
        }

        html.Append("<section class=\"box\"><h2>与第").Append(revision - 1).Append("稿相比的修改（").Append(changes.Count).Append("处）</h2>\n");
        if (changes.Count == 0)
        {
            html.Append("<p>内容与上一稿相同。</p>\n");
        }
        else
        {
            html.Append("<table class=\"list\"><thead><tr><th>位置</th><th>原内容</th><th>新内容</th></tr></thead><tbody>\n");
            foreach (var change in changes)
            {
                html.Append("<tr><td>").Append(E(change.Label)).Append("</td><td>").Append(E(change.OldValue ?? "（无）"))
                    .Append("</td><td>").Append(E(change.NewValue ?? "（无）")).Append("</td></tr>\n");
            }

            html.Append("</tbody></table>\n");
        }

        html.Append("</section>\n");
    }

    private static void AppendDecisionForm(StringBuilder html, ReviewPageModel model)
    {
        html.Append("<section class=\"box decision\" id=\"decision\"><h2>审核意见</h2>\n");
        if (model.Error is { } error)
        {
            html.Append("<p class=\"error\" role=\"alert\">").Append(E(error)).Append("</p>\n");
        }

        if (!model.MayApprove)
        {
            html.Append("<p class=\"error\">").Append(E($"{model.Reviewer} 是本单位报告的提交人，不能批准本报告；如发现问题，可以退回修改。")).Append("</p>\n");
        }

        html.Append("<form method=\"post\">\n")
            .Append("<input type=\"hidden\" name=\"form\" value=\"").Append(E(model.FormToken)).Append("\">\n")
            .Append("<label for=\"comment\">意见（退回修改时必填）</label>\n")
            .Append("<textarea id=\"comment\" name=\"comment\" rows=\"4\" maxlength=\"").Append(ReviewDesk.MaxCommentLength).Append("\">")
            .Append(E(model.Comment)).Append("</textarea>\n<p>");
        if (model.MayApprove)
        {
            html.Append("<button type=\"submit\" name=\"decision\" value=\"approve\">批准</button>\n");
        }

        html.Append("<button type=\"submit\" name=\"decision\" value=\"changes\">退回修改</button></p>\n")
            .Append("<p class=\"note\">点击按钮即记录您的决定，每一稿每一级只能决定一次。报告全文见下方“报告预览”。</p>\n")
            .Append("</form></section>\n");
    }

    private static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "错误",
        Severity.Warning => "警告",
        _ => "提示",
    };

    private static string Item(string label, string value) => $"<dt>{E(label)}</dt><dd>{E(value)}</dd>";

    private static StringBuilder Start(string title) => new StringBuilder(64 * 1024)
        .Append("<!doctype html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
        .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .Append("<meta name=\"robots\" content=\"noindex, nofollow\">\n")
        .Append("<title>").Append(E(title)).Append("</title>\n<style>\n").Append(ReportStyleSheet.Css).Append('\n').Append(PageCss).Append("\n</style>\n</head>\n<body>\n");

    private static string End(StringBuilder html) => html.Append("</body>\n</html>\n").ToString();

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private const string PageCss = """
        .box { max-width: 60rem; margin: 1rem auto; padding: 1rem 2.5rem; background: #fff; }
        @media (max-width: 40rem) { .box { padding: 0.8rem 1rem; margin: 0.5rem auto; } button { margin-bottom: 0.5rem; } }
        .box h1 { font-size: 1.4rem; }
        dl { display: grid; grid-template-columns: 6em 1fr; gap: 0.2rem 1rem; }
        .verdict { font-size: 1.15rem; font-weight: bold; margin: 0.4rem 0 0.8rem; }
        .late { color: #a40000; font-weight: bold; }
        table.list th.tight, table.list td.tight { white-space: nowrap; width: 1%; }
        table.list td { overflow-wrap: anywhere; }
        .preview-title { max-width: 60rem; margin: 1.5rem auto 0.5rem; padding: 0 2.5rem; font-size: 1.2rem; color: #555; }
        dt { color: #555; }
        dd { margin: 0; }
        table.list { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
        table.list th, table.list td { border: 1px solid #bbb; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; white-space: pre-wrap; }
        textarea { width: 100%; font: inherit; }
        button { font: inherit; font-size: 1.1rem; padding: 0.4rem 1.6rem; margin-right: 1rem; }
        .error { color: #a40000; font-weight: bold; }
        .note { color: #555; font-size: 0.9rem; }
        .badge { display: inline-block; padding: 0 0.4em; border: 1px solid #a40000; border-radius: 3px; color: #a40000; font-size: 0.8rem; white-space: nowrap; }
        .acknowledged { color: #a40000; font-weight: bold; }
        """;
}
