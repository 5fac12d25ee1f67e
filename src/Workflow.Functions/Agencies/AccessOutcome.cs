namespace Workflow.Functions.Agencies;

public enum AccessOutcome
{
    Granted,

    /// <summary>No key header: 401.</summary>
    MissingKey,

    /// <summary>A key that matches no agency: 401.</summary>
    WrongKey,

    /// <summary>A valid key of another agency: 403.</summary>
    OtherAgency,
}
