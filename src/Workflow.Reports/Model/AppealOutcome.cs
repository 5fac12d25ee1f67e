namespace Workflow.Reports.Model;

/// <summary>The five columns of each group of table 四, in the template's order.</summary>
public enum AppealOutcome
{
    /// <summary>结果维持.</summary>
    Upheld,

    /// <summary>结果纠正.</summary>
    Corrected,

    /// <summary>其他结果.</summary>
    Other,

    /// <summary>尚未审结.</summary>
    Pending,

    /// <summary>总计.</summary>
    Total,
}
