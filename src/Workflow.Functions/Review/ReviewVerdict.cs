namespace Workflow.Functions.Review;

public enum ReviewVerdict
{
    Approve,
    RequestChanges,
}
