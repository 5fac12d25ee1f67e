namespace Workflow.Functions.Lifecycle;

/// <summary>
/// The lifecycle's answer to an event: allowed (with the standing to store), an idempotent repeat (the current
/// standing), or refused with the HTTP status and the Chinese title and detail shown to people.
/// </summary>
public sealed record Transition(TransitionKind Kind, ReportStanding Next, int Status = 200, string Title = "", string Detail = "")
{
    public bool Changes => Kind == TransitionKind.Allowed;

    /// <summary>Allowed now or before: the event's effect holds.</summary>
    public bool Holds => Kind != TransitionKind.Refused;

    public static Transition To(ReportStanding next) => new(TransitionKind.Allowed, next);

    public static Transition Again(ReportStanding current) => new(TransitionKind.Repeat, current);

    public static Transition Refuse(ReportStanding current, int status, string title, string detail = "") => new(TransitionKind.Refused, current, status, title, detail);
}
