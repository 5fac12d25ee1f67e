namespace Workflow.Functions.Review;

/// <summary>The result of verifying a review token; <see cref="Grant"/> is set unless tampered.</summary>
public sealed record ReviewLinkCheck(ReviewLinkStatus Status, ReviewGrant? Grant);
