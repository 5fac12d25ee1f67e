namespace Workflow.Functions.Review;

public enum ReviewLinkStatus
{
    Valid,

    /// <summary>Malformed or the signature does not match: 403.</summary>
    Tampered,

    /// <summary>Signed by us but past its expiry: 410.</summary>
    Expired,
}
