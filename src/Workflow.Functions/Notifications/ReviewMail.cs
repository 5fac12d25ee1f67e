using System.Globalization;

namespace Workflow.Functions.Notifications;

/// <summary>
/// One logical mail of a review: what happened (<see cref="Event"/>: request, reminder, escalation …) to
/// which revision and stage, in which reminder round. Its <see cref="Key"/> is the same on every retry of the
/// activity that sends it, so the mail goes out once.
/// </summary>
public sealed record ReviewMail(int Revision, int Stage, string Event, int Round = 0)
{
    public string Key => string.Create(CultureInfo.InvariantCulture, $"r{Revision}-s{Stage}-{Event}-{Round}");
}
