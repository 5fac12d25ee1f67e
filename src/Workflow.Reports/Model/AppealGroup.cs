namespace Workflow.Reports.Model;

/// <summary>The three case groups of table 四, in the template's order.</summary>
public enum AppealGroup
{
    /// <summary>行政复议.</summary>
    Reconsideration,

    /// <summary>行政诉讼 未经复议直接起诉.</summary>
    DirectLitigation,

    /// <summary>行政诉讼 复议后起诉.</summary>
    LitigationAfterReconsideration,
}
