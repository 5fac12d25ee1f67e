namespace Workflow.Functions.Lifecycle;

public enum TransitionKind
{
    /// <summary>The event changes the report: store <see cref="Transition.Next"/>.</summary>
    Allowed,

    /// <summary>The event has happened already (a retry, a second click): nothing to store, answer as before.</summary>
    Repeat,

    /// <summary>The event is not possible now; <see cref="Transition.Title"/> says why, in Chinese.</summary>
    Refused,
}
